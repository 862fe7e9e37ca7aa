import { sumAiCostSince } from "@/db/queries/ai-calls";
import { getEnv } from "@/lib/env";

/** Midnight UTC of `now`'s day: budgets are per UTC day. */
export function utcDayStart(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Today's model spend (UTC day) from the ai_calls ledger, for one user or for everyone. */
export async function getAiSpendToday(now: Date = new Date(), userId?: string): Promise<number> {
  return sumAiCostSince(utcDayStart(now), userId);
}

/** The daily caps in USD: AI_DAILY_BUDGET_USD overall, AI_USER_DAILY_BUDGET_USD per user. */
export function getAiBudgets(): { global: number; perUser: number } {
  const env = getEnv();
  return { global: env.AI_DAILY_BUDGET_USD, perUser: env.AI_USER_DAILY_BUDGET_USD };
}

/**
 * Spending caps from the ai_calls ledger: AI_USER_DAILY_BUDGET_USD per user
 * and AI_DAILY_BUDGET_USD overall, per UTC day. Over a cap, callers use the
 * local implementation instead (a student pasting resumes in a loop cannot
 * run up the bill). A cap of 0 means no AI at all.
 */
export async function isOverAiBudget(userId: string | null, now: Date = new Date()): Promise<boolean> {
  const budgets = getAiBudgets();
  if (userId !== null && (await getAiSpendToday(now, userId)) >= budgets.perUser) return true;
  return (await getAiSpendToday(now)) >= budgets.global;
}
