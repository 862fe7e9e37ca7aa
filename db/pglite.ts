import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { getDataDir } from "@/lib/data-dir";
import { type Db, type DbHandle, MIGRATIONS_FOLDER } from "./handle";
import * as schema from "./schema";

/**
 * PGlite allows one process per data directory. Whoever opens it holds
 * `pglite.lock` (its pid); a second process waits for it to go away. The CLI
 * never opens the directory while the app runs: it asks the running app
 * instead (see lib/embedded-app.ts).
 */
export async function openEmbeddedPglite(options: { waitMs?: number } = {}): Promise<DbHandle> {
  const dataDir = path.join(getDataDir(), "pglite");
  const releaseLock = await acquireDirLock(path.join(getDataDir(), "pglite.lock"), options.waitMs ?? 30_000);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const client = await PGlite.create(dataDir);
    return await wrapPglite(client, async () => {
      await client.close();
      releaseLock();
    });
  } catch (err) {
    releaseLock();
    throw err;
  }
}

/** An in-memory PGlite with migrations applied (tests, benchmarks). */
export async function openMemoryPglite(): Promise<DbHandle & { client: PGlite }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const client = await PGlite.create();
  const handle = await wrapPglite(client, () => client.close());
  return { ...handle, client };
}

async function wrapPglite(client: PGlite, close: () => Promise<void>): Promise<DbHandle> {
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as unknown as Db, driver: "pglite", close };
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function acquireDirLock(file: string, waitMs: number): Promise<() => void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
        } catch {}
      };
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = Number(readFileSync(file, "utf8").trim());
    if (!holder || holder === process.pid || !isAlive(holder)) {
      rmSync(file, { force: true }); // stale lock from a process that died
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The embedded database in ${path.dirname(file)} is in use by process ${holder}. ` +
          "Stop that process, or set DATABASE_URL to use a PostgreSQL server.",
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
