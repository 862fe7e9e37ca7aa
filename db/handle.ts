import path from "node:path";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type * as schema from "./schema";

/**
 * What both drivers hand out (db/index.ts for postgres.js, db/pglite.ts for
 * PGlite): one Drizzle type for every query, whichever database is behind it.
 */
export type Db = PostgresJsDatabase<typeof schema>;
export type DbDriver = "pglite" | "postgres";
export type DbHandle = {
  db: Db;
  driver: DbDriver;
  close: () => Promise<void>;
  /**
   * A session-level advisory lock held on a dedicated connection, so two app
   * processes never run the same job at once. Absent on PGlite, where one
   * process owns the database and an in-process guard is enough.
   */
  tryAdvisoryLock?: (key: number) => Promise<(() => Promise<void>) | null>;
};

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
