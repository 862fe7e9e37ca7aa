import { getDb } from "@/db";
import { markSourceListingsSeen } from "./job-listings";
import { type FetchSuccess, recordFetchSuccess } from "./job-sources";

/** A 304: the feed still lists everything it did, so its listings count as seen. */
export async function saveNotModified(sourceId: number, state: Omit<FetchSuccess, "status" | "etag" | "lastModified" | "itemsSeen">): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await markSourceListingsSeen(sourceId, state.now, tx);
    await recordFetchSuccess(sourceId, { ...state, status: "not_modified" }, tx);
  });
}
