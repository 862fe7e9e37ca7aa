import { and, eq, exists, lt, not, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { aiBatches, aiCalls, aiScoreCache, dailyDigests, emailOutbox, jobListings, jobScores } from "@/db/schema";

/** A score the student acted on: interested or not, applied, gave feedback, or clicked. */
const actedOn = or(
  sql`${jobScores.user_interested} is not null`,
  eq(jobScores.user_applied, true),
  sql`${jobScores.user_feedback} is not null`,
  sql`${jobScores.clicked_at} is not null`,
);

export type RetentionCutoffs = {
  scoresBefore: Date;
  closedJobsBefore: Date;
  digestsBefore: Date;
  outboxBefore: Date;
  aiCallsBefore: Date;
};

/** Delete what retention allows, never a score the student acted on (nor the job under it). */
export async function deleteExpiredRows(cutoffs: RetentionCutoffs) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const scores = await tx
      .delete(jobScores)
      .where(and(lt(jobScores.scored_at, cutoffs.scoresBefore), not(actedOn!)))
      .returning({ id: jobScores.id });
    const jobs = await tx
      .delete(jobListings)
      .where(
        and(
          eq(jobListings.status, "closed"),
          lt(jobListings.closed_at, cutoffs.closedJobsBefore),
          not(exists(tx.select({ one: sql`1` }).from(jobScores).where(and(eq(jobScores.job_id, jobListings.id), actedOn)))),
        ),
      )
      .returning({ id: jobListings.id });
    const digests = await tx
      .delete(dailyDigests)
      .where(lt(dailyDigests.created_at, cutoffs.digestsBefore))
      .returning({ id: dailyDigests.id });
    const outbox = await tx
      .delete(emailOutbox)
      .where(lt(emailOutbox.created_at, cutoffs.outboxBefore))
      .returning({ id: emailOutbox.id });
    const calls = await tx.delete(aiCalls).where(lt(aiCalls.created_at, cutoffs.aiCallsBefore)).returning({ id: aiCalls.id });
    // Cached model judgements age out with the call ledger.
    const cached = await tx.delete(aiScoreCache).where(lt(aiScoreCache.created_at, cutoffs.aiCallsBefore)).returning({ id: aiScoreCache.id });
    // Batch bookkeeping (which student's jobs went in which request) too.
    const batches = await tx.delete(aiBatches).where(lt(aiBatches.created_at, cutoffs.aiCallsBefore)).returning({ id: aiBatches.id });
    return {
      job_scores: scores.length,
      job_listings: jobs.length,
      daily_digests: digests.length,
      email_outbox: outbox.length,
      ai_calls: calls.length,
      ai_score_cache: cached.length,
      ai_batches: batches.length,
    };
  });
}

