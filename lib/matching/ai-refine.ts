import { insertAiScores, listCachedAiScores } from "@/db/queries/ai-score-cache";
import { isOverAiBudget } from "@/lib/ai/budget";
import type { AiJobScorer, ScoreJobsUsage } from "@/lib/ai/types";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { type AiJob, type AiProfile, jobPromptText, profileHashOf, profilePromptText, sha256 } from "./ai-text";
import { MATCHING_CONFIG } from "./config";

/**
 * How the AI's judgement meets the rules score: final = 0.5·rules + 0.5·ai,
 * clamped to [rules − 15, rules + 15] (and 0–100). The clamp is the guard
 * against prompt injection: whatever a posting or resume talks the model into,
 * the stored score moves at most 15 points from what the evidence supports.
 */
export const AI_REFINE = { ai_weight: 0.5, max_shift: 15, breaker_failures: 3, max_jobs_per_call: 40 } as const;

/** Rough prompt tokens of a text (≈ 4 characters a token for English prose and lists). */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4) + 8;

/**
 * Packs jobs into calls, in order: as many as fit `tokenBudget` job tokens
 * per call (at least one, at most max_jobs_per_call). Fewer, fuller calls
 * repeat the rubric and the profile less often.
 */
export function packByTokens<T extends { text: string }>(items: readonly T[], tokenBudget: number): T[][] {
  const calls: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const t = estimateTokens(item.text);
    if (current.length > 0 && (used + t > tokenBudget || current.length >= AI_REFINE.max_jobs_per_call)) {
      calls.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += t;
  }
  if (current.length) calls.push(current);
  return calls;
}

export function blendScores(rules: number, ai: number): number {
  const mixed = (1 - AI_REFINE.ai_weight) * rules + AI_REFINE.ai_weight * ai;
  const clamped = Math.min(rules + AI_REFINE.max_shift, Math.max(rules - AI_REFINE.max_shift, mixed));
  return Math.round(Math.min(100, Math.max(0, clamped)) * 10) / 10;
}

export type AiOutcome =
  | { method: "ai"; aiScore: number; final: number; reasoning: string; matchFactors: string[]; mismatchFactors: string[]; cached: boolean }
  | { method: "rules_fallback"; reason: string };

export interface AiRunStats {
  ai_scored: number;
  ai_cached: number;
  ai_fallback: number;
  ai_calls: number;
  ai_failed_calls: number;
  tokens_in: number;
  tokens_cached: number;
  tokens_out: number;
  cost_usd: number;
}
export const newAiRunStats = (): AiRunStats => ({
  ai_scored: 0, ai_cached: 0, ai_fallback: 0, ai_calls: 0, ai_failed_calls: 0, tokens_in: 0, tokens_cached: 0, tokens_out: 0, cost_usd: 0,
});

export type Limiter = <T>(fn: () => Promise<T>) => Promise<T>;

/** At most `n` calls of the returned function's tasks in flight at once. */
export function createLimiter(n: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * One run's shared AI state: the concurrency limit and a breaker. After
 * `breaker_failures` failed calls in a row (a 429 storm, an outage) the rest of
 * the run keeps its rules scores instead of queueing more doomed calls.
 */
export interface AiRun {
  scorer: AiJobScorer;
  /** Job tokens per call (AI_REFINE_CALL_TOKENS). */
  tokenBudget: number;
  limit: Limiter;
  failuresInARow: number;
  now: Date;
  stats: AiRunStats;
}
export function newAiRun(scorer: AiJobScorer, now: Date, tokenBudget = getEnv().AI_REFINE_CALL_TOKENS): AiRun {
  return { scorer, tokenBudget, limit: createLimiter(MATCHING_CONFIG.max_concurrent_scoring), failuresInARow: 0, now, stats: newAiRunStats() };
}

export interface AiCandidate {
  job: AiJob;
  rules: number;
}

function addUsage(stats: AiRunStats, usage: ScoreJobsUsage) {
  stats.tokens_in += usage.tokensIn;
  stats.tokens_cached += usage.tokensCached;
  stats.tokens_out += usage.tokensOut;
  stats.cost_usd = Math.round((stats.cost_usd + usage.costUsd) * 1e9) / 1e9;
}

/**
 * AI outcomes for one student's selected jobs, by job id: cache first (free),
 * then calls packed up to the run's token budget, a budget check before each call.
 * Every job ends with an outcome: "ai", or "rules_fallback" with the reason.
 */
export async function refineWithAi(run: AiRun, userId: string, profile: AiProfile, selected: readonly AiCandidate[]): Promise<Map<number, AiOutcome>> {
  const outcomes = new Map<number, AiOutcome>();
  if (selected.length === 0) return outcomes;
  const { scorer, stats } = run;
  const profileText = profilePromptText(profile);
  const profileHash = profileHashOf(profileText);
  const items = selected.map((c) => {
    const text = jobPromptText(c.job);
    return { ...c, text, hash: sha256(text) };
  });

  const settle = (item: (typeof items)[number], outcome: AiOutcome) => {
    outcomes.set(item.job.id, outcome);
    if (outcome.method === "ai") {
      stats.ai_scored++;
      if (outcome.cached) stats.ai_cached++;
    } else stats.ai_fallback++;
  };

  const cached = await listCachedAiScores(profileHash, items.map((i) => i.hash), scorer.model);
  const misses = [];
  for (const item of items) {
    const hit = cached.get(item.hash);
    if (!hit) misses.push(item);
    else settle(item, { method: "ai", aiScore: hit.score, final: blendScores(item.rules, hit.score), reasoning: hit.reasoning ?? "", matchFactors: hit.match_factors, mismatchFactors: hit.mismatch_factors, cached: true });
  }

  const batches = packByTokens(misses, run.tokenBudget);
  await Promise.all(
    batches.map((batch) =>
      run.limit(async () => {
        const fallback = (reason: string) => batch.forEach((item) => settle(item, { method: "rules_fallback", reason }));
        if (run.failuresInARow >= AI_REFINE.breaker_failures) return fallback("ai_unavailable");
        if (await isOverAiBudget(userId, run.now)) return fallback("budget_exceeded");
        const result = await scorer.scoreJobs(profileText, batch.map((item) => ({ id: String(item.job.id), text: item.text })), { userId });
        stats.ai_calls++;
        addUsage(stats, result.usage);
        if (!result.ok) {
          stats.ai_failed_calls++;
          run.failuresInARow++;
          return fallback(result.reason);
        }
        run.failuresInARow = 0;
        const byId = new Map(result.scores.map((s) => [s.job_id, s]));
        const fresh = [];
        for (const item of batch) {
          const s = byId.get(String(item.job.id));
          // A job the model skipped keeps its rules score.
          if (!s) {
            settle(item, { method: "rules_fallback", reason: "missing_from_answer" });
            continue;
          }
          settle(item, { method: "ai", aiScore: s.score, final: blendScores(item.rules, s.score), reasoning: s.reasoning, matchFactors: s.match_factors, mismatchFactors: s.mismatch_factors, cached: false });
          fresh.push({ user_id: userId, profile_hash: profileHash, job_hash: item.hash, model: scorer.model, score: s.score, reasoning: s.reasoning, match_factors: s.match_factors, mismatch_factors: s.mismatch_factors });
        }
        await insertAiScores(fresh).catch((err) => log.warn({ err, userId }, "could not cache AI scores"));
      }),
    ),
  );
  return outcomes;
}
