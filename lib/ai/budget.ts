import { sumAiCostSince } from "@/db/queries/ai-calls";
import { getEnv } from "@/lib/env";

/**
 * Spending caps from the ai_calls ledger: AI_USER_DAILY_BUDGET_USD per user
 * and AI_DAILY_BUDGET_USD overall, per UTC day. Over a cap, callers use the
 * local implementation instead (a student pasting resumes in a loop cannot
 * run up the bill). A cap of 0 means no AI at all.
 */
export async function isOverAiBudget(userId: string | null, now: Date = new Date()): Promise<boolean> {
  const env = getEnv();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (userId !== null && (await sumAiCostSince(since, userId)) >= env.AI_USER_DAILY_BUDGET_USD) return true;
  return (await sumAiCostSince(since)) >= env.AI_DAILY_BUDGET_USD;
}
