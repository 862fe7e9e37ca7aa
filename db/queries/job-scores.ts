import { and, count, desc, eq, gte, inArray, isNotNull, isNull, notExists, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { type JobListing, jobListings, type JobScore, jobScores, type NewJobScore } from "@/db/schema";

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

const UPSERT_CHUNK = 500;

/**
 * Idempotent: one row per (user, job). A re-score refreshes the numbers and
 * reasons but never the student's own actions (interest, feedback, applied,
 * hidden, clicks) or the digest bookkeeping.
 */
export async function upsertJobScores(rows: NewJobScore[]): Promise<number> {
  if (rows.length === 0) return 0;
  const db = await getDb();
  let written = 0;
  for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
    const chunk = rows.slice(i, i + UPSERT_CHUNK);
    const result = await db
      .insert(jobScores)
      .values(chunk)
      .onConflictDoUpdate({
        target: [jobScores.user_id, jobScores.job_id],
        set: {
          compatibility_score: sql`excluded.compatibility_score`,
          confidence_score: sql`excluded.confidence_score`,
          ai_reasoning: sql`excluded.ai_reasoning`,
          match_factors: sql`excluded.match_factors`,
          mismatch_factors: sql`excluded.mismatch_factors`,
          skills_match_score: sql`excluded.skills_match_score`,
          location_match_score: sql`excluded.location_match_score`,
          experience_match_score: sql`excluded.experience_match_score`,
          salary_match_score: sql`excluded.salary_match_score`,
          culture_match_score: sql`excluded.culture_match_score`,
          scored_at: sql`excluded.scored_at`,
          score_version: sql`excluded.score_version`,
          scoring_method: sql`excluded.scoring_method`,
          rules_score: sql`excluded.rules_score`,
          ai_score: sql`excluded.ai_score`,
        },
      })
      .returning({ id: jobScores.id });
    written += result.length;
  }
  return written;
}

export type MatchFilters = {
  limit: number;
  offset: number;
  minScore: number;
  remote?: boolean;
  jobType?: string;
  includeHidden?: boolean;
};

/** Ranked matches with their job, open jobs only; hidden ones only when asked. */
export async function listMatchesForUser(userId: string, f: MatchFilters) {
  const db = await getDb();
  const where = and(
    eq(jobScores.user_id, userId),
    gte(jobScores.compatibility_score, f.minScore),
    eq(jobListings.status, "open"),
    f.includeHidden ? undefined : eq(jobScores.hidden, false),
    f.remote === undefined ? undefined : f.remote ? eq(jobListings.remote_type, "remote") : sql`${jobListings.remote_type} is distinct from 'remote'`,
    f.jobType ? eq(jobListings.employment_type, f.jobType) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ score: jobScores, job: jobListings })
      .from(jobScores)
      .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
      .where(where)
      .orderBy(desc(jobScores.compatibility_score), desc(jobScores.id))
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ total: count() })
      .from(jobScores)
      .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
      .where(where),
  ]);
  return { rows, total };
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

/** The student's feedback rows with the job they point at, for the ranking adjustments. */
export async function listFeedbackForUser(userId: string) {
  const db = await getDb();
  return db
    .select({
      job_id: jobScores.job_id,
      user_feedback: jobScores.user_feedback,
      feedback_reason: jobScores.feedback_reason,
      hidden: jobScores.hidden,
      title: jobListings.title,
      company: jobListings.company,
      field: jobListings.field,
    })
    .from(jobScores)
    .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
    .where(and(eq(jobScores.user_id, userId), or(isNotNull(jobScores.feedback_reason), eq(jobScores.hidden, true))));
}

/** Feedback rows of every student, in one query (the all-users run groups them by user_id). */
export async function listFeedbackForAllUsers() {
  const db = await getDb();
  return db
    .select({
      user_id: jobScores.user_id,
      job_id: jobScores.job_id,
      user_feedback: jobScores.user_feedback,
      feedback_reason: jobScores.feedback_reason,
      hidden: jobScores.hidden,
      title: jobListings.title,
      company: jobListings.company,
      field: jobListings.field,
    })
    .from(jobScores)
    .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
    .where(or(isNotNull(jobScores.feedback_reason), eq(jobScores.hidden, true)));
}

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
