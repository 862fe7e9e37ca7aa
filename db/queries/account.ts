import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import {
  aiCalls,
  aiScoreCache,
  authAccounts,
  authApiKeys,
  authSessions,
  authUsers,
  dailyDigests,
  emailOutbox,
  jobListings,
  jobScores,
  userProfiles,
} from "@/db/schema";

/** Everything stored about one account, read for the data export (secrets left out by column choice). */
export async function getAccountDataRows(userId: string) {
  const db = await getDb();
  const [user] = await db.select().from(authUsers).where(eq(authUsers.id, userId)).limit(1);
  if (!user) return null;
  const [profile] = await db.select().from(userProfiles).where(eq(userProfiles.user_id, userId)).limit(1);
  const [logins, sessions, apiKeys, scores, digests, emails, calls] = await Promise.all([
    db
      .select({ providerId: authAccounts.providerId, createdAt: authAccounts.createdAt, updatedAt: authAccounts.updatedAt })
      .from(authAccounts)
      .where(eq(authAccounts.userId, userId)),
    db
      .select({ createdAt: authSessions.createdAt, expiresAt: authSessions.expiresAt, ipAddress: authSessions.ipAddress, userAgent: authSessions.userAgent })
      .from(authSessions)
      .where(eq(authSessions.userId, userId))
      .orderBy(asc(authSessions.createdAt)),
    db
      .select({ id: authApiKeys.id, name: authApiKeys.name, start: authApiKeys.start, enabled: authApiKeys.enabled, createdAt: authApiKeys.createdAt, lastRequest: authApiKeys.lastRequest, expiresAt: authApiKeys.expiresAt })
      .from(authApiKeys)
      .where(eq(authApiKeys.referenceId, userId))
      .orderBy(asc(authApiKeys.createdAt)),
    db
      .select({ score: jobScores, job: { title: jobListings.title, company: jobListings.company, location: jobListings.location, url: jobListings.url } })
      .from(jobScores)
      .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
      .where(eq(jobScores.user_id, userId))
      .orderBy(asc(jobScores.id)),
    db.select().from(dailyDigests).where(eq(dailyDigests.user_id, userId)).orderBy(asc(dailyDigests.digest_date)),
    db.select().from(emailOutbox).where(eq(emailOutbox.user_id, userId)).orderBy(asc(emailOutbox.id)),
    db
      .select({ operation: aiCalls.operation, model: aiCalls.model, tokens_in: aiCalls.tokens_in, tokens_out: aiCalls.tokens_out, cost_usd: aiCalls.cost_usd, ok: aiCalls.ok, created_at: aiCalls.created_at })
      .from(aiCalls)
      .where(eq(aiCalls.user_id, userId))
      .orderBy(asc(aiCalls.id)),
  ]);
  return { user, profile, logins, sessions, apiKeys, scores, digests, emails, calls };
}

/**
 * Delete an account and everything derived from it, in one transaction:
 * scores and digests, the profile, the emails sent to it, and the auth user
 * (its sessions, logins and API keys cascade). The AI cost ledger keeps its
 * rows for the global budget, with the user id removed (they hold no content).
 */
export async function deleteAccountData(userId: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.delete(jobScores).where(eq(jobScores.user_id, userId));
    await tx.delete(dailyDigests).where(eq(dailyDigests.user_id, userId));
    await tx.delete(userProfiles).where(eq(userProfiles.user_id, userId));
    await tx.delete(emailOutbox).where(eq(emailOutbox.user_id, userId));
    await tx.update(aiCalls).set({ user_id: null }).where(eq(aiCalls.user_id, userId));
    await tx.delete(aiScoreCache).where(eq(aiScoreCache.user_id, userId));
    await tx.delete(authSessions).where(eq(authSessions.userId, userId));
    await tx.delete(authApiKeys).where(eq(authApiKeys.referenceId, userId));
    await tx.delete(authAccounts).where(eq(authAccounts.userId, userId));
    const deleted = await tx.delete(authUsers).where(eq(authUsers.id, userId)).returning({ id: authUsers.id });
    return deleted.length > 0;
  });
}
