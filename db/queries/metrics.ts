import { type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db";
import type { Bucket } from "@/lib/metrics/window";
import { rowsOf } from "./tx";

/**
 * The Metrics page's SQL: each query aggregates one table over [since, until]
 * and returns plain numbers. Buckets are UTC hour/day keys as text
 * ("2026-03-01T14" / "2026-03-01"); the caller zero-fills the gaps.
 */
export type Range = { since: Date; until: Date };

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const inRange = (column: SQL, r: Range) => sql`${column} >= ${ts(r.since)} and ${column} <= ${ts(r.until)}`;
const bucketOf = (column: SQL, bucket: Bucket) =>
  bucket === "hour"
    ? sql`to_char(date_trunc('hour', ${column} at time zone 'UTC'), 'YYYY-MM-DD"T"HH24')`
    : sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;

async function query<T>(statement: SQL): Promise<T[]> {
  const db = await getDb();
  return rowsOf<T>(await db.execute(statement));
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/* ── System ── */

/** parse_resume model calls: ok vs failed. */
export async function countAiParseCalls(r: Range) {
  const [row] = await query<{ ok: number; failed: number }>(sql`
    select count(*) filter (where ok)::int as ok, count(*) filter (where not ok)::int as failed
    from ai_calls where operation = 'parse_resume' and ${inRange(sql`created_at`, r)}`);
  return { ok: Number(row?.ok ?? 0), failed: Number(row?.failed ?? 0) };
}

/** Profiles whose latest resume was parsed in the window, by the method that parsed it. */
export async function countParsesByMethod(r: Range) {
  const rows = await query<{ method: string; n: number }>(sql`
    select coalesce(parse_method, 'unknown') as method, count(*)::int as n
    from user_profiles where ${inRange(sql`last_resume_upload`, r)}
    group by 1 order by 1`);
  return rows.map((x) => ({ method: x.method, count: Number(x.n) }));
}

/** Model latency percentiles per operation, plus one overall row (operation "all"). */
export async function aiLatencyPercentiles(r: Range) {
  const rows = await query<{ operation: string; calls: number; p50: number; p95: number }>(sql`
    select coalesce(operation, 'all') as operation, count(*)::int as calls,
           percentile_cont(0.5) within group (order by latency_ms) as p50,
           percentile_cont(0.95) within group (order by latency_ms) as p95
    from ai_calls where ${inRange(sql`created_at`, r)}
    group by grouping sets ((operation), ())
    order by (operation is null), operation`);
  // With no calls the grand-total row still comes back, with null percentiles: drop it.
  // Interpolated percentiles, rounded to 0.1 ms (float noise otherwise).
  const ms = (v: number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);
  return rows.filter((x) => Number(x.calls) > 0).map((x) => ({ operation: x.operation, calls: Number(x.calls), p50_ms: ms(x.p50)!, p95_ms: ms(x.p95)! }));
}

/** New job listings (first seen) per bucket. */
export async function countJobsFetchedByBucket(r: Range, bucket: Bucket) {
  return query<{ bucket: string; n: number }>(sql`
    select ${bucketOf(sql`first_seen_at`, bucket)} as bucket, count(*)::int as n
    from job_listings where ${inRange(sql`first_seen_at`, r)} group by 1`);
}

/** Stored match scores per bucket (by scored_at). */
export async function countJobsScoredByBucket(r: Range, bucket: Bucket) {
  return query<{ bucket: string; n: number }>(sql`
    select ${bucketOf(sql`scored_at`, bucket)} as bucket, count(*)::int as n
    from job_scores where ${inRange(sql`scored_at`, r)} group by 1`);
}

/** Pipeline runs started in the window, per kind: count, failures, durations in seconds. */
export async function summarizePipelineRuns(r: Range) {
  const rows = await query<{ kind: string; runs: number; failed: number; skipped: number; avg_s: number | null; p95_s: number | null; max_s: number | null }>(sql`
    select kind, count(*)::int as runs,
           count(*) filter (where status = 'error')::int as failed,
           count(*) filter (where status = 'skipped')::int as skipped,
           avg(extract(epoch from finished_at - started_at))::float8 as avg_s,
           percentile_cont(0.95) within group (order by extract(epoch from finished_at - started_at)) as p95_s,
           max(extract(epoch from finished_at - started_at))::float8 as max_s
    from pipeline_runs where ${inRange(sql`started_at`, r)}
    group by kind order by kind`);
  return rows.map((x) => ({ kind: x.kind, runs: Number(x.runs), failed: Number(x.failed), skipped: Number(x.skipped), avg_s: num(x.avg_s), p95_s: num(x.p95_s), max_s: num(x.max_s) }));
}

/* ── Engagement ── */

export async function countProfilesCreatedByBucket(r: Range, bucket: Bucket) {
  return query<{ bucket: string; n: number }>(sql`
    select ${bucketOf(sql`created_at`, bucket)} as bucket, count(*)::int as n
    from user_profiles where ${inRange(sql`created_at`, r)} group by 1`);
}

/** Matches stored in the window and how many of them were clicked. */
export async function countMatchClicks(r: Range) {
  const [row] = await query<{ stored: number; clicked: number }>(sql`
    select count(*)::int as stored, count(clicked_at)::int as clicked
    from job_scores where ${inRange(sql`scored_at`, r)}`);
  return { stored: Number(row?.stored ?? 0), clicked: Number(row?.clicked ?? 0) };
}

/** Digest emails sent in the window, and how many were opened / clicked. */
export async function countDigestEngagement(r: Range) {
  const [row] = await query<{ sent: number; opened: number; clicked: number }>(sql`
    select count(*)::int as sent,
           count(*) filter (where email_opened)::int as opened,
           count(*) filter (where email_clicked)::int as clicked
    from daily_digests where email_sent and ${inRange(sql`email_sent_at`, r)}`);
  return { sent: Number(row?.sent ?? 0), opened: Number(row?.opened ?? 0), clicked: Number(row?.clicked ?? 0) };
}

/** Feedback given in the window, by value and (for not_interested) reason. */
export async function countFeedback(r: Range) {
  const rows = await query<{ feedback: string; reason: string | null; n: number }>(sql`
    select user_feedback as feedback, feedback_reason as reason, count(*)::int as n
    from job_scores where user_feedback is not null and ${inRange(sql`feedback_at`, r)}
    group by 1, 2 order by 1, 2 nulls first`);
  return rows.map((x) => ({ feedback: x.feedback, reason: x.reason, count: Number(x.n) }));
}

/* ── AI quality ── */

/** Average compatibility of scores stored in the window, overall and per scoring method. */
export async function averageScores(r: Range) {
  const rows = await query<{ method: string; n: number; avg: number | null }>(sql`
    select coalesce(scoring_method, 'all') as method, count(*)::int as n, avg(compatibility_score)::float8 as avg
    from job_scores where ${inRange(sql`scored_at`, r)}
    group by grouping sets ((scoring_method), ())
    order by (scoring_method is null), scoring_method`);
  return rows.map((x) => ({ method: x.method, count: Number(x.n), avg: num(x.avg) }));
}

/**
 * Feedback on each student's ten best-scored matches (rank over all their
 * stored scores), given in the window: interested (incl. applied) vs not.
 */
export async function countTopTenFeedback(r: Range) {
  const [row] = await query<{ interested: number; not_interested: number }>(sql`
    with ranked as (
      select user_interested, feedback_at,
             row_number() over (partition by user_id order by compatibility_score desc, job_id) as rank
      from job_scores
    )
    select count(*) filter (where user_interested)::int as interested,
           count(*) filter (where not user_interested)::int as not_interested
    from ranked where rank <= 10 and user_interested is not null and ${inRange(sql`feedback_at`, r)}`);
  return { interested: Number(row?.interested ?? 0), not_interested: Number(row?.not_interested ?? 0) };
}

/* ── Cost ── */

export async function sumAiUsageByBucket(r: Range, bucket: Bucket) {
  return query<{ bucket: string; calls: number; tokens_in: number; tokens_cached: number; tokens_out: number; cost_usd: number }>(sql`
    select ${bucketOf(sql`created_at`, bucket)} as bucket, count(*)::int as calls,
           coalesce(sum(tokens_in), 0)::float8 as tokens_in, coalesce(sum(tokens_cached), 0)::float8 as tokens_cached,
           coalesce(sum(tokens_out), 0)::float8 as tokens_out, coalesce(sum(cost_usd), 0)::float8 as cost_usd
    from ai_calls where ${inRange(sql`created_at`, r)} group by 1`);
}

export async function sumAiUsageByOperation(r: Range) {
  const rows = await query<{ operation: string; calls: number; tokens_in: number; tokens_cached: number; tokens_out: number; cost_usd: number }>(sql`
    select operation, count(*)::int as calls,
           coalesce(sum(tokens_in), 0)::float8 as tokens_in, coalesce(sum(tokens_cached), 0)::float8 as tokens_cached,
           coalesce(sum(tokens_out), 0)::float8 as tokens_out, coalesce(sum(cost_usd), 0)::float8 as cost_usd
    from ai_calls where ${inRange(sql`created_at`, r)} group by 1 order by 1`);
  return rows.map((x) => ({ operation: x.operation, calls: Number(x.calls), tokens_in: Number(x.tokens_in), tokens_cached: Number(x.tokens_cached), tokens_out: Number(x.tokens_out), cost_usd: Number(x.cost_usd) }));
}

/** Per UTC day: distinct active users (a stored score or a model call that day) and that day's cost. */
export async function costPerActiveUserByDay(r: Range) {
  return query<{ bucket: string; active_users: number; cost_usd: number }>(sql`
    with activity as (
      select ${bucketOf(sql`scored_at`, "day")} as day, user_id from job_scores where ${inRange(sql`scored_at`, r)}
      union
      select ${bucketOf(sql`created_at`, "day")} as day, user_id from ai_calls where user_id is not null and ${inRange(sql`created_at`, r)}
    ), users as (
      select day, count(distinct user_id)::int as active_users from activity group by day
    ), cost as (
      select ${bucketOf(sql`created_at`, "day")} as day, sum(cost_usd)::float8 as cost_usd from ai_calls where ${inRange(sql`created_at`, r)} group by 1
    )
    select coalesce(u.day, c.day) as bucket, coalesce(u.active_users, 0)::int as active_users, coalesce(c.cost_usd, 0)::float8 as cost_usd
    from users u full join cost c on c.day = u.day`);
}
