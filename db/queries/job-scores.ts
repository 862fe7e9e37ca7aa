import { and, count, desc, eq, gte, inArray, isNotNull, isNull, notExists, or, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type Db, getDb } from "@/db";
import { type JobListing, jobListings, type JobScore, jobScores, type NewJobScore, userProfiles } from "@/db/schema";

/** Open jobs fetched since `since` that this student has no score for yet, newest first. */
export async function listCandidateJobs(userId: string, since: Date, limit: number): Promise<JobListing[]> {
  const db = await getDb();
  return db
    .select()
    .from(jobListings)
    .where(
      and(
        eq(jobListings.status, "open"),
        gte(jobListings.fetched_at, since),
        notExists(
          db
            .select({ one: sql`1` })
            .from(jobScores)
            .where(and(eq(jobScores.user_id, userId), eq(jobScores.job_id, jobListings.id))),
        ),
      ),
    )
    .orderBy(desc(jobListings.fetched_at), desc(jobListings.id))
    .limit(limit);
}

/** How many open jobs fetched since `since` this student already has a score row for (the window's listed matches). */
export async function countScoredJobsSince(userId: string, since: Date): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(jobScores)
    .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
    .where(and(eq(jobScores.user_id, userId), eq(jobListings.status, "open"), gte(jobListings.fetched_at, since)));
  return Number(row?.n ?? 0);
}

/** A cheap fingerprint of the open jobs fetched since `since`: it changes when one arrives, closes or is replaced. */
export async function fingerprintRecentOpenJobs(since: Date): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count(), maxId: sql<number | null>`max(${jobListings.id})`, last: sql<string | null>`max(${jobListings.fetched_at})::text` })
    .from(jobListings)
    .where(and(eq(jobListings.status, "open"), gte(jobListings.fetched_at, since)));
  return `${row?.n ?? 0}|${row?.maxId ?? 0}|${row?.last ?? ""}`;
}

/** Every open job fetched since `since` (the all-users run builds job features once). */
export async function listRecentOpenJobs(since: Date, limit: number): Promise<JobListing[]> {
  const db = await getDb();
  return db
    .select()
    .from(jobListings)
    .where(and(eq(jobListings.status, "open"), gte(jobListings.fetched_at, since)))
    .orderBy(desc(jobListings.fetched_at), desc(jobListings.id))
    .limit(limit);
}

/** (user_id, job_id) pairs already scored among these jobs, as "user|job" keys. */
export async function listScoredPairs(jobIds: number[]): Promise<Set<string>> {
  if (jobIds.length === 0) return new Set();
  const db = await getDb();
  const rows = await db
    .select({ user_id: jobScores.user_id, job_id: jobScores.job_id })
    .from(jobScores)
    .where(inArray(jobScores.job_id, jobIds));
  return new Set(rows.map((r) => `${r.user_id}|${r.job_id}`));
}

const UPSERT_CHUNK = 2000;

// Columns a (re-)score writes, with their SQL types for jsonb_to_recordset. The student's actions are not among them.
const SCORE_COLUMNS: ReadonlyArray<readonly [keyof NewJobScore, string]> = [
  ["compatibility_score", "float8"], ["confidence_score", "float8"], ["ai_reasoning", "text"], ["match_factors", "jsonb"],
  ["mismatch_factors", "jsonb"], ["skills_match_score", "float8"], ["location_match_score", "float8"], ["experience_match_score", "float8"],
  ["salary_match_score", "float8"], ["culture_match_score", "float8"], ["scored_at", "timestamptz"], ["score_version", "text"],
  ["scoring_method", "text"], ["rules_score", "float8"], ["ai_score", "float8"],
];
const ROW_COLUMNS: ReadonlyArray<readonly [keyof NewJobScore, string]> = [["user_id", "text"], ["job_id", "integer"], ...SCORE_COLUMNS];
const ROW_KEYS = ROW_COLUMNS.map(([c]) => c);
const INSERT_SQL = {
  head: sql.raw(`insert into job_scores (${ROW_KEYS.join(", ")}) select ${ROW_KEYS.join(", ")} from jsonb_to_recordset(`),
  tail: sql.raw(
    `::jsonb) as r(${ROW_COLUMNS.map(([c, t]) => `${c} ${t}`).join(", ")}) on conflict (user_id, job_id) do update set ` +
      SCORE_COLUMNS.map(([c]) => `${c} = excluded.${c}`).join(", "),
  ),
};
// Postgres jsonb refuses \u0000; one in a posting must not sink the batch.
const NUL = /\u0000/g;
const noNul = (v: unknown): unknown =>
  typeof v === "string" ? (v.includes("\u0000") ? v.replace(NUL, "") : v) : Array.isArray(v) ? v.map(noNul) : v;
// Columns with a database default that a caller may leave out.
const DEFAULTS: Partial<Record<keyof NewJobScore, unknown>> = { scoring_method: "rules", confidence_score: 0, score_version: "1.0", match_factors: [], mismatch_factors: [] };

/** The row as jsonb_to_recordset reads it: every column present, dates as ISO text, no NULs. */
function toRecord(row: NewJobScore): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ROW_KEYS) {
    const v = row[key];
    out[key] = v === undefined ? (key === "scored_at" ? new Date().toISOString() : (DEFAULTS[key] ?? null)) : v instanceof Date ? v.toISOString() : noNul(v);
  }
  return out;
}

/**
 * Idempotent: one row per (user, job). A re-score refreshes the numbers and
 * reasons but never the student's own actions (interest, feedback, applied,
 * hidden, clicks) or the digest bookkeeping. Rows travel as one JSON
 * parameter per chunk (jsonb_to_recordset): far fewer bind parameters and
 * ~5x faster than a multi-row VALUES list. Returns the rows written.
 */
export async function upsertJobScores(rows: NewJobScore[]): Promise<number> {
  if (rows.length === 0) return 0;
  const db = await getDb();
  let written = 0;
  for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
    const chunk = rows.slice(i, i + UPSERT_CHUNK);
    await db.execute(sql`${INSERT_SQL.head}${JSON.stringify(chunk.map(toRecord))}${INSERT_SQL.tail}`);
    written += chunk.length;
  }
  return written;
}

export type MatchFilters = {
  limit: number;
  offset: number;
  /** Undefined: the student's own min_score_threshold. */
  minScore?: number;
  remote?: boolean;
  jobType?: string;
  includeHidden?: boolean;
};

// What a match in a list shows (lib/matching/serialize-match.ts): never the job's description or raw fields.
const matchJobColumns = {
  id: jobListings.id, title: jobListings.title, company: jobListings.company, location: jobListings.location, url: jobListings.url,
  external_id: jobListings.external_id, salary_min: jobListings.salary_min, salary_max: jobListings.salary_max,
  salary_currency: jobListings.salary_currency, salary_period: jobListings.salary_period, salary_annual_min: jobListings.salary_annual_min,
  salary_annual_max: jobListings.salary_annual_max, remote_type: jobListings.remote_type, employment_type: jobListings.employment_type,
  seniority: jobListings.seniority, posted_at: jobListings.posted_at, first_seen_at: jobListings.first_seen_at,
  fetched_at: jobListings.fetched_at, status: jobListings.status,
};
const matchScoreColumns = {
  user_id: jobScores.user_id, compatibility_score: jobScores.compatibility_score, confidence_score: jobScores.confidence_score,
  skills_match_score: jobScores.skills_match_score, experience_match_score: jobScores.experience_match_score,
  location_match_score: jobScores.location_match_score, salary_match_score: jobScores.salary_match_score,
  culture_match_score: jobScores.culture_match_score, ai_reasoning: jobScores.ai_reasoning, match_factors: jobScores.match_factors,
  mismatch_factors: jobScores.mismatch_factors, scoring_method: jobScores.scoring_method, rules_score: jobScores.rules_score,
  ai_score: jobScores.ai_score, score_version: jobScores.score_version, scored_at: jobScores.scored_at,
  user_interested: jobScores.user_interested, user_applied: jobScores.user_applied, user_feedback: jobScores.user_feedback,
  feedback_reason: jobScores.feedback_reason, feedback_at: jobScores.feedback_at, hidden: jobScores.hidden, clicked_at: jobScores.clicked_at,
};
export type MatchJob = Pick<JobListing, keyof typeof matchJobColumns>;
export type MatchScore = Pick<JobScore, keyof typeof matchScoreColumns>;

/**
 * A page row's job and score each arrive as one json object: Drizzle maps a
 * result field by field (entity checks on every one), which for ~40 columns ×
 * 10 rows cost more CPU than the query; JSON.parse in the driver is native.
 * Timestamps come back as ISO text and are turned back into Dates here.
 */
const jsonObject = <T>(columns: Record<string, AnyPgColumn>) =>
  sql<T>`json_build_object(${sql.join(
    Object.entries(columns).map(([name, column]) => sql`${sql.raw(`'${name}'`)}, ${column}`),
    sql`, `,
  )})`;
type AsJson<T, D extends keyof T> = Omit<T, D> & { [K in D]: string | null };
type JobDates = "posted_at" | "first_seen_at" | "fetched_at";
type ScoreDates = "scored_at" | "feedback_at" | "clicked_at";
const toDate = (v: string | null) => (v === null ? null : new Date(v));
const reviveJob = (j: AsJson<MatchJob, JobDates>): MatchJob => ({ ...j, posted_at: toDate(j.posted_at), first_seen_at: toDate(j.first_seen_at)!, fetched_at: toDate(j.fetched_at)! });
const reviveScore = (s: AsJson<MatchScore, ScoreDates>): MatchScore => ({ ...s, scored_at: toDate(s.scored_at)!, feedback_at: toDate(s.feedback_at), clicked_at: toDate(s.clicked_at) });

const thresholdOf = (userId: string | Placeholder) =>
  sql<number>`(select ${userProfiles.min_score_threshold} from ${userProfiles} where ${userProfiles.user_id} = ${userId})`;

function matchesWhere(userId: string | Placeholder, f: MatchFilters, minScore: SQL | number, jobType: string | Placeholder | undefined) {
  return and(
    eq(jobScores.user_id, userId),
    gte(jobScores.compatibility_score, minScore),
    eq(jobListings.status, "open"),
    f.includeHidden ? undefined : eq(jobScores.hidden, false),
    f.remote === undefined ? undefined : f.remote ? eq(jobListings.remote_type, "remote") : sql`${jobListings.remote_type} is distinct from 'remote'`,
    jobType === undefined ? undefined : eq(jobListings.employment_type, jobType),
  );
}

/**
 * The page query for one shape of filters, built once per database handle and
 * then only executed: Drizzle's query building (column lists for two tables,
 * entity checks) cost more CPU than Postgres spent running it.
 */
function buildPageQuery(db: Db, f: MatchFilters, name: string) {
  const userId = sql.placeholder("userId");
  const minScore = f.minScore === undefined ? thresholdOf(userId) : sql`${sql.placeholder("minScore")}::float8`;
  return db
    .select({
      score: jsonObject<AsJson<MatchScore, ScoreDates>>(matchScoreColumns),
      job: jsonObject<AsJson<MatchJob, JobDates>>(matchJobColumns),
      total: sql<number>`count(*) over ()`.mapWith(Number),
      minScore: sql<number>`${minScore}::float8`.mapWith(Number),
      threshold: thresholdOf(userId).mapWith(Number),
    })
    .from(jobScores)
    .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
    .where(matchesWhere(userId, f, minScore, f.jobType ? sql.placeholder("jobType") : undefined))
    .orderBy(desc(jobScores.compatibility_score), desc(jobScores.id))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare(name);
}
type PageQuery = ReturnType<typeof buildPageQuery>;
const pageQueries = new WeakMap<Db, Map<string, PageQuery>>();

function pageQueryFor(db: Db, f: MatchFilters): PageQuery {
  const shape = `${f.minScore === undefined ? "own" : "given"}_${f.remote === undefined ? "any" : f.remote ? "remote" : "onsite"}_${f.jobType ? "type" : "alltypes"}_${f.includeHidden ? "hidden" : "visible"}`;
  let byShape = pageQueries.get(db);
  if (!byShape) pageQueries.set(db, (byShape = new Map()));
  let query = byShape.get(shape);
  if (!query) byShape.set(shape, (query = buildPageQuery(db, f, `matches_page_${shape}`)));
  return query;
}

/**
 * Ranked matches with their job, open jobs only; hidden ones only when asked.
 * One statement in the usual case: the threshold (the student's own unless
 * given) and the total (a window count) come with the page. Only an empty
 * page needs more: whether the profile exists, and the total past the end.
 * `profile: false` when the student has no profile; `threshold` is the student's own.
 */
export async function listMatchesForUser(userId: string, f: MatchFilters) {
  const db = await getDb();
  const page = await pageQueryFor(db, f).execute({ userId, minScore: f.minScore, jobType: f.jobType, limit: f.limit, offset: f.offset });
  const rows = page.map((r) => ({ score: reviveScore(r.score), job: reviveJob(r.job) }));
  if (rows.length > 0) return { profile: true, rows, total: page[0].total, minScore: page[0].minScore, threshold: page[0].threshold };
  // Nothing on this page: no profile, no matches, or a page past the end.
  const [profile] = await db.select({ threshold: userProfiles.min_score_threshold }).from(userProfiles).where(eq(userProfiles.user_id, userId)).limit(1);
  if (!profile) return { profile: false, rows, total: 0, minScore: f.minScore ?? 0, threshold: 0 };
  const threshold = f.minScore ?? profile.threshold;
  let total = 0;
  if (f.offset > 0) {
    const [row] = await db
      .select({ total: count() })
      .from(jobScores)
      .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
      .where(matchesWhere(userId, f, threshold, f.jobType || undefined));
    total = Number(row.total);
  }
  return { profile: true, rows, total, minScore: threshold, threshold: profile.threshold };
}

export async function getScore(userId: string, jobId: number): Promise<JobScore | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(jobScores)
    .where(and(eq(jobScores.user_id, userId), eq(jobScores.job_id, jobId)))
    .limit(1);
  return row;
}

export async function updateScoreActions(
  userId: string,
  jobId: number,
  values: Partial<Pick<NewJobScore, "user_interested" | "user_applied" | "user_feedback" | "feedback_reason" | "feedback_at" | "hidden" | "clicked_at">>,
): Promise<JobScore | undefined> {
  const db = await getDb();
  const [row] = await db
    .update(jobScores)
    .set(values)
    .where(and(eq(jobScores.user_id, userId), eq(jobScores.job_id, jobId)))
    .returning();
  return row;
}

const feedbackColumns = {
  user_id: jobScores.user_id,
  job_id: jobScores.job_id,
  user_feedback: jobScores.user_feedback,
  feedback_reason: jobScores.feedback_reason,
  hidden: jobScores.hidden,
  title: jobListings.title,
  company: jobListings.company,
  field: jobListings.field,
};
const hasFeedback = or(isNotNull(jobScores.feedback_reason), eq(jobScores.hidden, true));

/** Feedback rows with the job they point at (for the ranking adjustments): one student's, or everyone's in one query. */
async function listFeedbackRows(userId?: string) {
  const db = await getDb();
  return db
    .select(feedbackColumns)
    .from(jobScores)
    .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
    .where(userId ? and(eq(jobScores.user_id, userId), hasFeedback) : hasFeedback);
}

export const listFeedbackForUser = (userId: string) => listFeedbackRows(userId);
export const listFeedbackForAllUsers = () => listFeedbackRows();

/** One stored match with its job (whatever its status), or undefined. */
export async function getMatchWithJob(userId: string, jobId: number): Promise<{ score: JobScore; job: JobListing } | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ score: jobScores, job: jobListings })
    .from(jobScores)
    .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
    .where(and(eq(jobScores.user_id, userId), eq(jobScores.job_id, jobId)))
    .limit(1);
  return row;
}

/** The first click on the tracked apply link is the one kept. */
export async function markMatchClicked(userId: string, jobId: number, at: Date): Promise<void> {
  const db = await getDb();
  await db
    .update(jobScores)
    .set({ clicked_at: at })
    .where(and(eq(jobScores.user_id, userId), eq(jobScores.job_id, jobId), isNull(jobScores.clicked_at)));
}

/**
 * After the profile changes, the stored judgments are stale: drop the ones
 * the student never acted on and that no digest has carried yet, so the next
 * scoring run judges those jobs against the new profile.
 */
export async function deleteUnactedScores(userId: string): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(jobScores)
    .where(
      and(
        eq(jobScores.user_id, userId),
        sql`${jobScores.user_interested} is null`,
        eq(jobScores.user_applied, false),
        sql`${jobScores.user_feedback} is null`,
        eq(jobScores.hidden, false),
        sql`${jobScores.clicked_at} is null`,
        sql`${jobScores.digest_sent_at} is null`,
      ),
    )
    .returning({ id: jobScores.id });
  return deleted.length;
}
