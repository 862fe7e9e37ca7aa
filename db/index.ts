/**
 * The Drizzle client. PGlite (Postgres in-process, under DATA_DIR) when
 * DATABASE_URL is unset, postgres.js otherwise; the same schema, migrations
 * and queries on both. Nothing connects at import time: the first getDb()
 * opens the connection and applies migrations.
 */

import { getEnv } from "@/lib/env";
import { type Db, type DbHandle, MIGRATIONS_FOLDER } from "./handle";
import * as schema from "./schema";

export { type Db, type DbDriver, type DbHandle, MIGRATIONS_FOLDER } from "./handle";

// One handle per process, shared across Next's separately bundled modules.
const store = globalThis as unknown as { __jobmatchDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  store.__jobmatchDb ??= openConfiguredDb().catch((err) => {
    store.__jobmatchDb = undefined;
    throw err;
  });
  return store.__jobmatchDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests (and the CLI) install their own handle. */
export function setDbHandle(handle: DbHandle | undefined) {
  store.__jobmatchDb = handle ? Promise.resolve(handle) : undefined;
}

export async function closeDb() {
  const pending = store.__jobmatchDb;
  store.__jobmatchDb = undefined;
  if (pending) await (await pending).close();
}

async function openConfiguredDb(): Promise<DbHandle> {
  const env = getEnv();
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  const { openEmbeddedPglite } = await import("./pglite");
  return openEmbeddedPglite();
}

export async function openPostgres(url: string, options: { migrate?: boolean; max?: number } = {}): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max: Math.max(options.max ?? 10, options.migrate === false ? 1 : 2), onnotice: () => {}, connect_timeout: 10 });
  const db = drizzle(client, { schema });
  if (options.migrate !== false) {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // Several app processes may start at once: one migrates, the others wait on the lock.
    const lock = await client.reserve();
    try {
      await lock`select pg_advisory_lock(7241001)`;
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await lock`select pg_advisory_unlock(7241001)`.catch(() => {});
      lock.release();
    }
  }
  const tryAdvisoryLock = async (key: number) => {
    const conn = await client.reserve();
    const [row] = await conn`select pg_try_advisory_lock(${key}) as locked`;
    if (!row?.locked) {
      conn.release();
      return null;
    }
    return async () => {
      await conn`select pg_advisory_unlock(${key})`.catch(() => {});
      conn.release();
    };
  };
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }), tryAdvisoryLock };
}
