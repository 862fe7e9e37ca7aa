import { and, eq, inArray, isNull, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { jobListings, type NewJobListing } from "@/db/schema";
import { normalizeCompanyName } from "@/lib/jobs/dedupe";
import { findNearDuplicate, type NearDuplicateKey, nearDuplicateKey } from "@/lib/jobs/near-duplicate";
import { collapseFeedDuplicates, type FeedJob } from "@/lib/jobs/collapse-duplicates";
import type { NormalizedJob } from "@/lib/jobs/types";
import type { Executor } from "./tx";

export { getJobListingById, listJobs, type ListJobsQuery } from "./job-listings-search";

export type UpsertCounts = { new: number; updated: number; unchanged: number; duplicates: number };

export const STALE_AFTER_DAYS = 7;
const NEAR_DUPLICATE_WINDOW_DAYS = 30;
const CHUNK = 500;
const DAY_MS = 86_400_000;

// Content a source owns; copied from `excluded` when the content hash changed.
const CONTENT_COLUMNS = [
  "external_id", "title", "company", "location", "city", "region", "country", "remote_type", "remote_regions",
  "remote_worldwide", "description", "url", "employment_type", "seniority", "min_years_experience", "salary_min",
  "salary_max", "salary_currency", "salary_period", "salary_annual_min", "salary_annual_max", "required_skills",
  "preferred_skills", "tags", "sponsorship", "requires_citizenship", "requires_security_clearance", "field",
  "posted_at", "content_hash", "text_fingerprint",
] as const;

type ExistingRow = {
  id: number;
  dedupe_key: string;
  source_id: number | null;
  content_hash: string | null;
  source_urls: string[];
  status: string;
};
type Candidate = ExistingRow & { near: NearDuplicateKey };
type Patch = { id: number; urls: string[]; status: "open" | "closed" };

const clip = (value: string | null, max: number) => (value && value.length > max ? value.slice(0, max) : value);

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function toRow(job: FeedJob, sourceId: number, now: Date): NewJobListing {
  const { closed, urls, ...columns } = job;
  return {
    ...columns,
    title: clip(job.title, 300) ?? "",
    company: clip(job.company, 200),
    location: clip(job.location, 300),
    city: clip(job.city, 120),
    region: clip(job.region, 120),
    country: clip(job.country, 2),
    external_id: clip(job.external_id, 255),
    source_id: sourceId,
    source_urls: urls,
    status: closed ? "closed" : "open",
    closed_at: closed ? now : null,
    fetched_at: now,
    first_seen_at: now,
    last_seen_at: now,
    created_at: now,
    updated_at: now,
  };
}

/** `target || (urls in added not yet in target)`, in SQL so concurrent writers never lose a URL. */
function appendUrls(target: SQL, added: SQL): SQL {
  return sql`${target} || coalesce((select jsonb_agg(u) from jsonb_array_elements(${added}) as u where not ${target} @> jsonb_build_array(u)), '[]'::jsonb)`;
}

const CONFLICT_SET: Record<string, SQL> = {
  ...Object.fromEntries(CONTENT_COLUMNS.map((c) => [c, sql.raw(`excluded.${c}`)])),
  source_id: sql`coalesce(${jobListings.source_id}, excluded.source_id)`,
  source_urls: appendUrls(sql`${jobListings.source_urls}`, sql`excluded.source_urls`),
  status: sql`excluded.status`,
  closed_at: sql`case when excluded.status = 'closed' then coalesce(${jobListings.closed_at}, excluded.closed_at) end`,
  fetched_at: sql`case when ${jobListings.content_hash} is distinct from excluded.content_hash then excluded.fetched_at else ${jobListings.fetched_at} end`,
  last_seen_at: sql`excluded.last_seen_at`,
  updated_at: sql`excluded.updated_at`,
};

async function selectExisting(tx: Executor, keys: string[]): Promise<Map<string, ExistingRow>> {
  const found = new Map<string, ExistingRow>();
  const columns = { id: jobListings.id, dedupe_key: jobListings.dedupe_key, source_id: jobListings.source_id, content_hash: jobListings.content_hash, source_urls: jobListings.source_urls, status: jobListings.status };
  for (const part of chunks(keys, 1000)) {
    for (const row of await tx.select(columns).from(jobListings).where(inArray(jobListings.dedupe_key, part))) found.set(row.dedupe_key, row);
  }
  return found;
}

/** Recent open listings of the companies in `jobs`: what a new posting may near-duplicate. */
async function selectCandidates(tx: Executor, jobs: FeedJob[], now: Date): Promise<Candidate[]> {
  const companies = new Set(jobs.map((j) => normalizeCompanyName(j.company)).filter(Boolean));
  if (companies.size === 0) return [];
  const prefixes = [...new Set([...companies].map((c) => c.split(" ")[0]))];
  const rows = await tx
    .select({
      id: jobListings.id, dedupe_key: jobListings.dedupe_key, source_id: jobListings.source_id, content_hash: jobListings.content_hash,
      source_urls: jobListings.source_urls, status: jobListings.status, title: jobListings.title, company: jobListings.company,
      city: jobListings.city, country: jobListings.country, remote_type: jobListings.remote_type, text_fingerprint: jobListings.text_fingerprint,
    })
    .from(jobListings)
    .where(
      and(
        eq(jobListings.status, "open"),
        sql`${jobListings.last_seen_at} >= ${new Date(now.getTime() - NEAR_DUPLICATE_WINDOW_DAYS * DAY_MS)}`,
        or(...prefixes.map((p) => sql`lower(${jobListings.company}) like ${`${p}%`}`)),
      ),
    );
  return rows.filter((r) => companies.has(normalizeCompanyName(r.company))).map((r) => ({ ...r, near: nearDuplicateKey(r) }));
}

async function upsertIn(tx: Executor, sourceId: number, postings: readonly NormalizedJob[], now: Date): Promise<UpsertCounts> {
  const { jobs, duplicates } = collapseFeedDuplicates(postings);
  const counts: UpsertCounts = { new: 0, updated: 0, unchanged: 0, duplicates };
  const existing = await selectExisting(tx, jobs.map((j) => j.dedupe_key));
  const unmatched = jobs.filter((j) => !existing.has(j.dedupe_key));
  const candidates = unmatched.length > 0 ? await selectCandidates(tx, unmatched, now) : [];
  const writes: NewJobListing[] = [];
  const touch: number[] = [];
  const patches: Patch[] = [];

  for (const job of jobs) {
    let row: ExistingRow | undefined = existing.get(job.dedupe_key);
    let merged = false;
    if (!row && candidates.length > 0) {
      row = findNearDuplicate(nearDuplicateKey(job), candidates);
      merged = row !== undefined;
    }
    if (!row) {
      writes.push(toRow(job, sourceId, now));
      continue;
    }
    // Only the source that brought a job rewrites it, so two feeds wording one job differently never flip-flop.
    const owner = !merged && (row.source_id === sourceId || row.source_id === null);
    if (owner && row.content_hash !== job.content_hash) {
      writes.push(toRow(job, sourceId, now));
      continue;
    }
    const status = owner ? (job.closed ? "closed" : "open") : job.closed ? (row.status as Patch["status"]) : "open";
    const newUrls = job.urls.filter((u) => !row.source_urls.includes(u));
    if (newUrls.length > 0 || status !== row.status) patches.push({ id: row.id, urls: newUrls, status });
    else touch.push(row.id);
    if (!owner) counts.duplicates++;
    else if (newUrls.length > 0 || status !== row.status) counts.updated++;
    else counts.unchanged++;
  }

  // Sorted so concurrent refreshes take the unique-index locks in one order (no deadlock).
  writes.sort((a, b) => (a.dedupe_key < b.dedupe_key ? -1 : 1));
  for (const part of chunks(writes)) {
    const rows = await tx
      .insert(jobListings)
      .values(part)
      .onConflictDoUpdate({ target: jobListings.dedupe_key, set: CONFLICT_SET })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    for (const r of rows) counts[r.inserted ? "new" : "updated"]++;
  }
  for (const part of chunks(touch, 5000)) {
    await tx.update(jobListings).set({ last_seen_at: now }).where(inArray(jobListings.id, part));
  }
  for (const p of patches) {
    await tx
      .update(jobListings)
      .set({
        last_seen_at: now,
        source_urls: appendUrls(sql`${jobListings.source_urls}`, sql`${JSON.stringify(p.urls)}::jsonb`),
        status: p.status,
        closed_at: p.status === "closed" ? sql`coalesce(${jobListings.closed_at}, ${now})` : null,
        updated_at: now,
      })
      .where(eq(jobListings.id, p.id));
  }
  return counts;
}

/**
 * Stores one source's postings: repeats within the feed collapsed, then one
 * row per dedupe key (or per near-duplicate of a recent listing),
 * first_seen_at kept, last_seen_at bumped, URLs appended once, content and
 * fetched_at rewritten only when the content hash changed. All or nothing:
 * runs in `tx`, or in a transaction of its own.
 */
export async function upsertJobListings(sourceId: number, jobs: readonly NormalizedJob[], now: Date, tx?: Executor): Promise<UpsertCounts> {
  if (tx) return upsertIn(tx, sourceId, jobs, now);
  const db = await getDb();
  return db.transaction((t) => upsertIn(t, sourceId, jobs, now));
}

/**
 * Closes the source's open listings that no source has listed for 7 days
 * (last_seen_at is bumped by every source that lists a job, so a job still on
 * another feed stays open). Orphans of deleted sources close the same way.
 */
export async function closeStaleListings(sourceId: number, seenKeys: string[], now: Date, tx?: Executor): Promise<number> {
  const db = tx ?? (await getDb());
  const cutoff = new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
  const closed = await db
    .update(jobListings)
    .set({ status: "closed", closed_at: now, updated_at: now })
    .where(
      and(
        eq(jobListings.status, "open"),
        lt(jobListings.last_seen_at, cutoff),
        or(eq(jobListings.source_id, sourceId), isNull(jobListings.source_id)),
        seenKeys.length > 0 && seenKeys.length <= 10_000 ? notInArray(jobListings.dedupe_key, seenKeys) : undefined,
      ),
    )
    .returning({ id: jobListings.id });
  return closed.length;
}

/** A 304 means every posting is still listed: confirm the source's open listings as seen. */
export async function markSourceListingsSeen(sourceId: number, now: Date, tx?: Executor): Promise<void> {
  const db = tx ?? (await getDb());
  await db.update(jobListings).set({ last_seen_at: now }).where(and(eq(jobListings.source_id, sourceId), eq(jobListings.status, "open")));
}
