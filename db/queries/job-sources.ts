import { and, asc, eq, isNull, lte, or } from "drizzle-orm";
import { getDb } from "@/db";
import { type JobSource, jobSources } from "@/db/schema";
import { type Executor, isUniqueViolation } from "./tx";

export type NewJobSource = typeof jobSources.$inferInsert;
export type JobSourcePatch = Partial<Pick<NewJobSource, "name" | "kind" | "url" | "enabled">>;

/** Thrown by create/update when another source already has the same kind + URL. */
export class DuplicateSourceError extends Error {
  constructor(kind: string, url: string) {
    super(`A ${kind} source with URL ${url} already exists.`);
    this.name = "DuplicateSourceError";
  }
}

export async function listJobSources(): Promise<JobSource[]> {
  const db = await getDb();
  return db.select().from(jobSources).orderBy(asc(jobSources.id));
}

export async function getJobSourceById(id: number): Promise<JobSource | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(jobSources).where(eq(jobSources.id, id)).limit(1);
  return row;
}

export async function createJobSource(values: NewJobSource): Promise<JobSource> {
  const db = await getDb();
  const [row] = await db.insert(jobSources).values(values).onConflictDoNothing({ target: [jobSources.kind, jobSources.url] }).returning();
  if (!row) throw new DuplicateSourceError(values.kind, values.url);
  return row;
}

/** Changing the kind or URL forgets the feed state (ETag, failures…) and makes the source due now. */
export async function updateJobSource(id: number, patch: JobSourcePatch): Promise<JobSource | undefined> {
  const db = await getDb();
  const [current] = await db.select().from(jobSources).where(eq(jobSources.id, id)).limit(1);
  if (!current) return undefined;
  const retarget = (patch.kind !== undefined && patch.kind !== current.kind) || (patch.url !== undefined && patch.url !== current.url);
  const reset = retarget ? { etag: null, last_modified: null, consecutive_failures: 0, last_error: null, next_fetch_at: null } : {};
  const reenabled = patch.enabled === true && !current.enabled ? { next_fetch_at: null } : {};
  try {
    const [row] = await db
      .update(jobSources)
      .set({ ...patch, ...reset, ...reenabled, updated_at: new Date() })
      .where(eq(jobSources.id, id))
      .returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateSourceError(patch.kind ?? current.kind, patch.url ?? current.url);
    throw error;
  }
}

/** Deletes the source; its listings stay (source_id becomes null) and close once no source lists them. */
export async function deleteJobSource(id: number): Promise<boolean> {
  const db = await getDb();
  const deleted = await db.delete(jobSources).where(eq(jobSources.id, id)).returning({ id: jobSources.id });
  return deleted.length > 0;
}

/** Enabled sources whose next fetch time has come (or was never set). */
export async function listDueSources(now: Date): Promise<JobSource[]> {
  const db = await getDb();
  return db
    .select()
    .from(jobSources)
    .where(and(eq(jobSources.enabled, true), or(isNull(jobSources.next_fetch_at), lte(jobSources.next_fetch_at, now))))
    .orderBy(asc(jobSources.id));
}

export interface FetchSuccess {
  now: Date;
  nextFetchAt: Date;
  /** not_modified keeps the stored ETag, Last-Modified and items_seen. */
  status: "ok" | "not_modified";
  httpStatus: number | null;
  etag?: string | null;
  lastModified?: string | null;
  itemsSeen?: number;
}

export async function recordFetchSuccess(id: number, result: FetchSuccess, tx?: Executor): Promise<void> {
  const db = tx ?? (await getDb());
  const feedState = result.status === "ok" ? { etag: result.etag ?? null, last_modified: result.lastModified ?? null, items_seen: result.itemsSeen ?? 0 } : {};
  await db
    .update(jobSources)
    .set({
      ...feedState,
      last_fetched_at: result.now,
      last_status: result.status,
      last_http_status: result.httpStatus,
      consecutive_failures: 0,
      last_error: null,
      next_fetch_at: result.nextFetchAt,
      updated_at: result.now,
    })
    .where(eq(jobSources.id, id));
}

export interface FetchFailure {
  now: Date;
  error: string;
  httpStatus: number | null;
  consecutiveFailures: number;
  nextFetchAt: Date;
}

/** Keeps ETag/Last-Modified (the last good body is still what we stored) and items_seen. */
export async function recordFetchFailure(id: number, failure: FetchFailure): Promise<void> {
  const db = await getDb();
  await db
    .update(jobSources)
    .set({
      last_fetched_at: failure.now,
      last_status: "error",
      last_http_status: failure.httpStatus,
      consecutive_failures: failure.consecutiveFailures,
      last_error: failure.error.slice(0, 2000),
      next_fetch_at: failure.nextFetchAt,
      updated_at: failure.now,
    })
    .where(eq(jobSources.id, id));
}

/** Inserts the sources that are missing (by kind + URL); existing rows, and an admin's changes to them, are left alone. */
export async function insertMissingSources(values: NewJobSource[]): Promise<number> {
  if (values.length === 0) return 0;
  const db = await getDb();
  const inserted = await db.insert(jobSources).values(values).onConflictDoNothing({ target: [jobSources.kind, jobSources.url] }).returning({ id: jobSources.id });
  return inserted.length;
}
