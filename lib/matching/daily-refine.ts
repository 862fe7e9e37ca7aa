import { applyRefinements, countModelScoresSince, listPendingRefinements, type RefinementUpdate } from "@/db/queries/ai-refinements";
import { getProfileByUserId } from "@/db/queries/profiles";
import { getAiProvider } from "@/lib/ai";
import { utcDayStart } from "@/lib/ai/budget";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { AI_REFINE, type AiRun, type AiRunStats, newAiRun, newAiRunStats, refineWithAi } from "./ai-refine";
import { windowStart } from "./candidates";

/** Stored rows this old or newer are the day's candidates (two days, so a missed pass is caught up, within the cap). */
export const DAILY_WINDOW_DAYS = 2;

export interface RefineUserResult {
  user_id: string;
  ai_mode: "openai" | "rules";
  pending: number;
  /** Rows that now carry an AI score (or a fallback mark) and were changed by this pass. */
  updated: number;
  stats: AiRunStats;
}

export interface RefineUserOptions {
  now?: Date;
  /** A run shared across students (one concurrency limit and breaker); a fresh one otherwise. */
  run?: AiRun;
  /** Only these jobs, beyond the daily cap, retrying earlier fallbacks (the digest's last resort). */
  jobIds?: number[];
}

/** An AI run when a model is configured (read per call: tests switch modes). */
export function newAiRunIfConfigured(now: Date): AiRun | null {
  const scorer = getAiProvider().jobScorer;
  return scorer ? newAiRun(scorer, now) : null;
}

/**
 * One student's daily refinement: the stored rows of the window the blend
 * could lift to their threshold (rules ≥ threshold − max_shift) that no model
 * has judged yet, best first, up to what is left of AI_REFINE_DAILY_CAP today,
 * packed into as few calls as the token budget allows. The outcomes update
 * the same rows; a second run finds nothing pending (and a retry after a
 * crash is served by the AI score cache, so nothing is billed twice).
 */
export async function refineUserMatches(userId: string, options: RefineUserOptions = {}): Promise<RefineUserResult> {
  const now = options.now ?? new Date();
  const empty: RefineUserResult = { user_id: userId, ai_mode: "rules", pending: 0, updated: 0, stats: newAiRunStats() };
  const run = options.run ?? newAiRunIfConfigured(now);
  const profile = await getProfileByUserId(userId);
  if (!run || !profile) return empty;
  const jobIds = options.jobIds;
  const limit = jobIds ? jobIds.length : getEnv().AI_REFINE_DAILY_CAP - (await countModelScoresSince(userId, utcDayStart(now)));
  const since = jobIds ? new Date(0) : windowStart(now, DAILY_WINDOW_DAYS);
  const pending = await listPendingRefinements(userId, { since, minScore: profile.min_score_threshold - AI_REFINE.max_shift, limit, jobIds, retryFallbacks: !!jobIds });
  if (pending.length === 0) return { ...empty, ai_mode: "openai" };

  const before = { ...run.stats };
  const outcomes = await refineWithAi(run, userId, profile, pending.map((p) => ({ job: p.job, rules: p.score.rules_score ?? p.score.compatibility_score })));
  const updates: RefinementUpdate[] = [];
  for (const p of pending) {
    const o = outcomes.get(p.job.id);
    if (!o) continue;
    if (o.method === "ai") {
      updates.push({ id: p.score.id, method: "ai", compatibility_score: o.final, ai_score: o.aiScore, ai_reasoning: o.reasoning, match_factors: o.matchFactors, mismatch_factors: o.mismatchFactors });
    } else updates.push({ id: p.score.id, method: "rules_fallback" });
  }
  const updated = await applyRefinements(updates);
  const stats = diffStats(run.stats, before);
  log.info({ userId, pending: pending.length, updated, ...stats }, "refined matches with AI");
  return { user_id: userId, ai_mode: "openai", pending: pending.length, updated, stats };
}

/** This student's share of a shared run's counters (runs overlap across students, so it is approximate then). */
function diffStats(after: AiRunStats, before: AiRunStats): AiRunStats {
  const out = newAiRunStats();
  for (const k of Object.keys(out) as (keyof AiRunStats)[]) out[k] = Math.round((after[k] - before[k]) * 1e9) / 1e9;
  return out;
}
