import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { type DbHandle, openPostgres, setDbHandle } from "@/db";
import { openMemoryPglite } from "@/db/pglite";

export const TEMPLATE_DB = "jobmatch_test_template";

/** Which database the integration tests run on: Postgres when DATABASE_URL is set. */
export const testDriver = process.env.DATABASE_URL ? "postgres" : "pglite";

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh, migrated database for one test file: a copy of a migrated template
 * database on Postgres (made once in tests/global-setup.ts), an in-memory
 * PGlite otherwise.
 */
export async function createTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) return openMemoryPglite();
  const { default: postgres } = await import("postgres");
  const name = `jobmatch_t_${randomBytes(5).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.unsafe(`create database ${name} template ${TEMPLATE_DB}`);
        break;
      } catch (err) {
        // Two files copying the template at the same instant: try again.
        if (attempt > 20 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const handle = await openPostgres(withDatabase(url, name), { migrate: false, max: 5 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const drop = postgres(url, { max: 1, onnotice: () => {} });
      await drop.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await drop.end();
    },
  };
}

/** Install a fresh database as the app's database for this test file. */
export function useTestDb(): { get: () => DbHandle } {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDb();
    setDbHandle(handle);
  });
  afterAll(async () => {
    setDbHandle(undefined);
    await handle?.close();
  });
  return {
    get: () => {
      if (!handle) throw new Error("test database not ready (use inside tests)");
      return handle;
    },
  };
}
