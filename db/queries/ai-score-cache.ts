import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { type AiScoreCacheRow, aiScoreCache } from "@/db/schema";

export type NewAiScoreCacheRow = typeof aiScoreCache.$inferInsert;

/** Cached AI judgements for one profile text against these job texts, by job_hash. */
export async function listCachedAiScores(profileHash: string, jobHashes: string[], model: string): Promise<Map<string, AiScoreCacheRow>> {
  if (jobHashes.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select()
    .from(aiScoreCache)
    .where(and(eq(aiScoreCache.profile_hash, profileHash), eq(aiScoreCache.model, model), inArray(aiScoreCache.job_hash, jobHashes)));
  return new Map(rows.map((r) => [r.job_hash, r]));
}

/** First answer wins: a pair already cached (a concurrent run) is left as it is. */
export async function insertAiScores(rows: NewAiScoreCacheRow[]): Promise<void> {
  if (rows.length === 0) return;
  const db = await getDb();
  await db.insert(aiScoreCache).values(rows).onConflictDoNothing({ target: [aiScoreCache.profile_hash, aiScoreCache.job_hash, aiScoreCache.model] });
}
