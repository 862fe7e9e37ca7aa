import { count, desc, eq, max, sum } from "drizzle-orm";
import { getDb } from "@/db";
import { aiCalls, authUsers, emailOutbox, jobListings, jobScores } from "@/db/schema";

/** A student's best stored matches with the job's title and company. */
export async function listTopMatchesForUser(userId: string, limit = 10) {
  const db = await getDb();
  return db
    .select({
      job_id: jobScores.job_id,
      title: jobListings.title,
      company: jobListings.company,
      score: jobScores.compatibility_score,
      scoring_method: jobScores.scoring_method,
      scored_at: jobScores.scored_at,
      clicked_at: jobScores.clicked_at,
      user_feedback: jobScores.user_feedback,
    })
    .from(jobScores)
    .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
    .where(eq(jobScores.user_id, userId))
    .orderBy(desc(jobScores.compatibility_score), jobScores.job_id)
    .limit(limit);
}

export async function countMatchesForUser(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(jobScores).where(eq(jobScores.user_id, userId));
  return row?.n ?? 0;
}

/** All-time model usage of one user: calls, tokens and cost. */
export async function summarizeAiCallsForUser(userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      calls: count(),
      tokens_in: sum(aiCalls.tokens_in).mapWith(Number),
      tokens_cached: sum(aiCalls.tokens_cached).mapWith(Number),
      tokens_out: sum(aiCalls.tokens_out).mapWith(Number),
      cost_usd: sum(aiCalls.cost_usd).mapWith(Number),
      last_call_at: max(aiCalls.created_at),
    })
    .from(aiCalls)
    .where(eq(aiCalls.user_id, userId));
  return {
    calls: row?.calls ?? 0,
    tokens_in: row?.tokens_in ?? 0,
    tokens_cached: row?.tokens_cached ?? 0,
    tokens_out: row?.tokens_out ?? 0,
    cost_usd: row?.cost_usd ?? 0,
    last_call_at: row?.last_call_at ?? null,
  };
}

export async function listRecentAiCallsForUser(userId: string, limit = 20) {
  const db = await getDb();
  return db.select().from(aiCalls).where(eq(aiCalls.user_id, userId)).orderBy(desc(aiCalls.created_at), desc(aiCalls.id)).limit(limit);
}

/**
 * Remove the login account (sessions, linked accounts and API keys cascade)
 * and the user's emails from the outbox; their model calls stay in the cost
 * ledger without the user id. The profile, scores and digests go first with
 * deleteProfile.
 */
export async function deleteAccountAndTraces(userId: string): Promise<{ account: boolean; emails: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.update(aiCalls).set({ user_id: null }).where(eq(aiCalls.user_id, userId));
    const emails = await tx.delete(emailOutbox).where(eq(emailOutbox.user_id, userId)).returning({ id: emailOutbox.id });
    const account = await tx.delete(authUsers).where(eq(authUsers.id, userId)).returning({ id: authUsers.id });
    return { account: account.length > 0, emails: emails.length };
  });
}

