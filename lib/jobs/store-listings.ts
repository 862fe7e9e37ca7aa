import { getDb } from "@/db";
import { type FetchSuccess, recordFetchSuccess } from "@/db/queries/job-sources";
import {
  closeStaleListings,
  type ExistingListing,
  getListingsByDedupeKeys,
  type ListingInput,
  type ListingPatch,
  listRecentOpenListingsByCompanyPrefix,
  writeListingChanges,
} from "@/db/queries/job-listings";
import type { Executor } from "@/db/queries/tx";
import { collapseFeedDuplicates } from "./collapse-duplicates";
import { normalizeCompanyName } from "./dedupe";
import { findNearDuplicate, type NearDuplicateKey, nearDuplicateKey } from "./near-duplicate";
import type { NormalizedJob } from "./types";

export type UpsertCounts = { new: number; updated: number; unchanged: number; duplicates: number };

const NEAR_DUPLICATE_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

type Candidate = ExistingListing & { near: NearDuplicateKey };

/** Recent open listings of the companies in `jobs`: what a new posting may near-duplicate. */
async function nearDuplicateCandidates(tx: Executor, jobs: readonly ListingInput[], now: Date): Promise<Candidate[]> {
  const companies = new Set(jobs.map((j) => normalizeCompanyName(j.company)).filter(Boolean));
  if (companies.size === 0) return [];
  const prefixes = [...new Set([...companies].map((c) => c.split(" ")[0]))];
  const rows = await listRecentOpenListingsByCompanyPrefix(tx, prefixes, new Date(now.getTime() - NEAR_DUPLICATE_WINDOW_DAYS * DAY_MS));
  return rows.filter((r) => companies.has(normalizeCompanyName(r.company))).map((r) => ({ ...r, near: nearDuplicateKey(r) }));
}

/**
 * Stores one source's postings in `tx`: repeats within the feed collapsed,
 * then one row per dedupe key (or per near-duplicate of a recent listing),
 * first_seen_at kept, last_seen_at bumped, URLs appended once, content and
 * fetched_at rewritten only when the content hash changed. Only the source
 * that brought a job rewrites it, so two feeds wording one job differently
 * never flip-flop.
 */
export async function upsertJobListings(tx: Executor, sourceId: number, postings: readonly NormalizedJob[], now: Date): Promise<UpsertCounts> {
  const { jobs, duplicates } = collapseFeedDuplicates(postings);
  const counts: UpsertCounts = { new: 0, updated: 0, unchanged: 0, duplicates };
  const existing = await getListingsByDedupeKeys(tx, jobs.map((j) => j.dedupe_key));
  const unmatched = jobs.filter((j) => !existing.has(j.dedupe_key));
  const candidates = unmatched.length > 0 ? await nearDuplicateCandidates(tx, unmatched, now) : [];
  const writes: ListingInput[] = [];
  const touch: number[] = [];
  const patches: ListingPatch[] = [];

  for (const job of jobs) {
    let row: ExistingListing | undefined = existing.get(job.dedupe_key);
    let merged = false;
    if (!row && candidates.length > 0) {
      row = findNearDuplicate(nearDuplicateKey(job), candidates);
      merged = row !== undefined;
    }
    if (!row) {
      writes.push(job);
      continue;
    }
    const owner = !merged && (row.source_id === sourceId || row.source_id === null);
    if (owner && row.content_hash !== job.content_hash) {
      writes.push(job);
      continue;
    }
    const status = owner ? (job.closed ? "closed" : "open") : job.closed ? (row.status as ListingPatch["status"]) : "open";
    const newUrls = job.urls.filter((u) => !row.source_urls.includes(u));
    if (newUrls.length > 0 || status !== row.status) patches.push({ id: row.id, urls: newUrls, status });
    else touch.push(row.id);
    if (!owner) counts.duplicates++;
    else if (newUrls.length > 0 || status !== row.status) counts.updated++;
    else counts.unchanged++;
  }

  const written = await writeListingChanges(tx, sourceId, now, { writes, touch, patches });
  counts.new += written.inserted;
  counts.updated += written.updated;
  return counts;
}

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
    const counts = await upsertJobListings(tx, sourceId, jobs, state.now);
    const closed = await closeStaleListings(sourceId, jobs.map((j) => j.dedupe_key), state.now, tx);
    await recordFetchSuccess(sourceId, { ...state, status: "ok" }, tx);
    return { ...counts, closed };
  });
}
