import { sql } from "drizzle-orm";
import { type DbHandle, openPostgres, setDbHandle } from "@/db";
import { openMemoryPglite } from "@/db/pglite";

/**
 * Databases for the bench. With DATABASE_URL the bench writes into that
 * database (it truncates the app's tables!), so the name must contain "bench"
 * unless BENCH_ALLOW_ANY_DB=1. Without it every section gets a fresh
 * in-memory PGlite, except the API section, which needs a real server.
 */
export const LOCAL_PG_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

export function benchDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const name = new URL(url).pathname.slice(1);
  if (!name.includes("bench") && process.env.BENCH_ALLOW_ANY_DB !== "1") {
    throw new Error(`DATABASE_URL points at "${name}": the bench truncates tables, so use a throwaway database whose name contains "bench" (or set BENCH_ALLOW_ANY_DB=1).`);
  }
  return url;
}

export const driverName = () => (process.env.DATABASE_URL ? "postgres" : "pglite");

/** A clean database for one section (installed as the app's handle). */
export async function openBenchDb(): Promise<DbHandle> {
  const url = benchDatabaseUrl();
  const handle = url ? await openPostgres(url, { max: 10 }) : await openMemoryPglite();
  if (url) await resetTables(handle);
  setDbHandle(handle);
  return handle;
}

export async function resetTables(handle: DbHandle): Promise<void> {
  await handle.db.execute(
    sql.raw(
      "truncate job_scores, daily_digests, email_outbox, ai_score_cache, ai_calls, ai_batches, pipeline_runs, job_listings, job_sources, user_profiles, " +
        "auth_api_keys, auth_sessions, auth_accounts, auth_verifications, auth_users restart identity cascade",
    ),
  );
}

/** Creates (or re-creates) a throwaway database on the local server; undefined when no server answers. */
export async function createThrowawayDb(name: string, serverUrl = LOCAL_PG_SERVER): Promise<string | undefined> {
  const { default: postgres } = await import("postgres");
  const admin = postgres(serverUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } catch {
    return undefined;
  } finally {
    await admin.end({ timeout: 2 }).catch(() => {});
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
