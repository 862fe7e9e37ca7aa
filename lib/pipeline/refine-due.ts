import { listActiveProfiles } from "@/db/queries/scoring-profiles";
import { localTimeIn } from "@/lib/digest/local-time";
import { getEnv } from "@/lib/env";
import { mapLimited } from "@/lib/jobs/run-limited";
import { log } from "@/lib/logger";
import { newAiRunStats } from "@/lib/matching/ai-refine";
import { type PollBatchesResult, pollAiBatches, submitDailyBatch, type SubmitBatchResult } from "@/lib/matching/batch-refine";
import { MATCHING_CONFIG } from "@/lib/matching/config";
import { newAiRunIfConfigured, refineUserMatches } from "@/lib/matching/daily-refine";

export type RefineDueCounts = { due: number; refined_users: number; updated: number; failed: number; ai_calls: number; tokens_in: number; tokens_cached: number; tokens_out: number; cost_usd: number };

/**
 * Whether a student's daily refinement is due now: their local hour is
 * AI_REFINE_LEAD_HOURS before their digest hour (the cron runs at :45, so the
 * digest at :05 finds its jobs refined). Everyone gets it daily (weekly digest
 * readers and those with digests off still open the matches page).
 */
export function isRefineDue(now: Date, timezone: string, digestHour: number, leadHours = getEnv().AI_REFINE_LEAD_HOURS): boolean {
  return localTimeIn(now, timezone).hour === (((digestHour - leadHours) % 24) + 24) % 24;
}

/** The active students whose daily refinement is due now (`all`: every active student, for the CLI). */
export async function listUsersDueForRefine(now: Date = new Date(), { all = false }: { all?: boolean } = {}): Promise<string[]> {
  const profiles = await listActiveProfiles();
  return profiles.filter((p) => all || isRefineDue(now, p.timezone, p.digest_hour)).map((p) => p.user_id);
}

/**
 * The daily pass for the students due now: AI_REFINE_MODE=batch submits them
 * as one Batch API job (pollDueBatches applies it); sync refines them now.
 */
export async function runDailyRefinement({ now = new Date(), all = false }: { now?: Date; all?: boolean } = {}): Promise<RefineDueCounts | SubmitBatchResult> {
  if (getEnv().AI_REFINE_MODE === "batch" && newAiRunIfConfigured(now)) return submitDailyBatch(await listUsersDueForRefine(now, { all }), now);
  return refineDueUsers({ now, all });
}

/** Polls submitted batches; a late or failed one falls back to the synchronous pass for its students. */
export function pollDueBatches(now: Date = new Date()): Promise<PollBatchesResult> {
  return pollAiBatches((userIds, at) => refineDueUsers({ now: at, userIds }), now);
}

/** The synchronous daily pass for the students due now (or `userIds`), with one shared run (one concurrency limit and breaker). */
export async function refineDueUsers({ now = new Date(), all = false, userIds }: { now?: Date; all?: boolean; userIds?: string[] } = {}): Promise<RefineDueCounts> {
  const run = newAiRunIfConfigured(now);
  const due = userIds ?? (run ? await listUsersDueForRefine(now, { all }) : []);
  const counts: RefineDueCounts = { due: due.length, refined_users: 0, updated: 0, failed: 0, ...pick(newAiRunStats()) };
  if (!run || due.length === 0) return counts;
  const settled = await mapLimited(due, MATCHING_CONFIG.max_concurrent_scoring, (userId) => refineUserMatches(userId, { now, run }));
  for (const [i, s] of settled.entries()) {
    if (s.status === "rejected") {
      counts.failed++;
      log.error({ err: s.reason, userId: due[i] }, "daily AI refinement failed for a user; their rules scores stand");
    } else if (s.value.updated > 0) {
      counts.refined_users++;
      counts.updated += s.value.updated;
    }
  }
  return { ...counts, ...pick(run.stats) };
}

function pick(s: ReturnType<typeof newAiRunStats>) {
  return { ai_calls: s.ai_calls, tokens_in: s.tokens_in, tokens_cached: s.tokens_cached, tokens_out: s.tokens_out, cost_usd: s.cost_usd };
}
