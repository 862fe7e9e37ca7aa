import { getDb } from "@/db";
import type { NormalizedJob } from "@/lib/jobs/types";
import { closeStaleListings, markSourceListingsSeen, type UpsertCounts, upsertJobListings } from "./job-listings";
import { type FetchSuccess, recordFetchSuccess } from "./job-sources";

/**
 * One fetched feed, stored atomically: listings upserted, stale ones closed
 * and the source's state recorded together, or nothing at all.
 */
export async function saveFetchedJobs(
  sourceId: number,
  jobs: readonly NormalizedJob[],
  state: Omit<FetchSuccess, "status">,
): Promise<UpsertCounts & { closed: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const counts = await upsertJobListings(sourceId, jobs, state.now, tx);
    const closed = await closeStaleListings(sourceId, jobs.map((j) => j.dedupe_key), state.now, tx);
    await recordFetchSuccess(sourceId, { ...state, status: "ok" }, tx);
    return { ...counts, closed };
  });
}

/** A 304: the feed still lists everything it did, so its listings count as seen. */
export async function saveNotModified(sourceId: number, state: Omit<FetchSuccess, "status" | "etag" | "lastModified" | "itemsSeen">): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await markSourceListingsSeen(sourceId, state.now, tx);
    await recordFetchSuccess(sourceId, { ...state, status: "not_modified" }, tx);
  });
}
