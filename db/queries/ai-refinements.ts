import { and, count, desc, eq, gte, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { aiScoreCache, type JobListing, jobListings, type JobScore, jobScores } from "@/db/schema";

export type PendingRefinement = { score: Pick<JobScore, "id" | "job_id" | "rules_score" | "compatibility_score" | "scoring_method">; job: JobListing };

/**
 * One student's stored rows that no model has judged yet (scoring_method
 * "rules"; with `retryFallbacks` also the ones a failed call left at
 * "rules_fallback"), scored since `since`, at or above `minScore`, open and
 * not hidden: best first.
 */
export async function listPendingRefinements(
  userId: string,
  { since, minScore, limit, jobIds, retryFallbacks = false }: { since: Date; minScore: number; limit: number; jobIds?: number[]; retryFallbacks?: boolean },
): Promise<PendingRefinement[]> {
  if (limit <= 0 || jobIds?.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      score: { id: jobScores.id, job_id: jobScores.job_id, rules_score: jobScores.rules_score, compatibility_score: jobScores.compatibility_score, scoring_method: jobScores.scoring_method },
      job: jobListings,
    })
    .from(jobScores)
    .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
    .where(
      and(
        eq(jobScores.user_id, userId),
        inArray(jobScores.scoring_method, retryFallbacks ? ["rules", "rules_fallback"] : ["rules"]),
        gte(jobScores.scored_at, since),
        gte(jobScores.compatibility_score, minScore),
        eq(jobScores.hidden, false),
        isNull(jobScores.digest_sent_at),
        eq(jobListings.status, "open"),
        jobIds ? inArray(jobScores.job_id, jobIds) : undefined,
      ),
    )
    .orderBy(desc(jobScores.compatibility_score), jobScores.job_id)
    .limit(limit);
}

export type RefinementUpdate =
  | { id: number; method: "ai"; compatibility_score: number; ai_score: number; ai_reasoning: string; match_factors: string[]; mismatch_factors: string[] }
  | { id: number; method: "rules_fallback" };

/**
 * Writes AI outcomes onto the stored rows. Idempotent: only rows still without
 * an AI score change (a second run, or a retry after a crash, writes nothing
 * twice); a fallback never overwrites an AI score. Returns rows changed.
 */
export async function applyRefinements(updates: readonly RefinementUpdate[]): Promise<number> {
  if (updates.length === 0) return 0;
  const db = await getDb();
  let changed = 0;
  await db.transaction(async (tx) => {
    for (const u of updates) {
      const set =
        u.method === "ai"
          ? { scoring_method: "ai", compatibility_score: u.compatibility_score, ai_score: u.ai_score, ai_reasoning: u.ai_reasoning, match_factors: u.match_factors, mismatch_factors: u.mismatch_factors }
          : { scoring_method: "rules_fallback" };
      const rows = await tx
        .update(jobScores)
        .set(set)
        .where(and(eq(jobScores.id, u.id), inArray(jobScores.scoring_method, u.method === "ai" ? ["rules", "rules_fallback"] : ["rules"])))
        .returning({ id: jobScores.id });
      changed += rows.length;
    }
  });
  return changed;
}

/** How many fresh model judgements this student got since `since` (the per-day cap counts these; cache hits are free). */
export async function countModelScoresSince(userId: string, since: Date): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(aiScoreCache).where(and(eq(aiScoreCache.user_id, userId), gte(aiScoreCache.created_at, since)));
  return Number(row?.n ?? 0);
}

