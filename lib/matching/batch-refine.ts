import { applyRefinements, countModelScoresSince, listPendingRefinements, type PendingRefinement, type RefinementUpdate } from "@/db/queries/ai-refinements";
import { claimBatchSlot, listSubmittedBatches, transitionBatch, updateBatch } from "@/db/queries/ai-batches";
import { insertAiScores, listCachedAiScores } from "@/db/queries/ai-score-cache";
import { getProfileByUserId } from "@/db/queries/profiles";
import type { AiBatch, AiScoreCacheRow } from "@/db/schema";
import { isOverAiBudget, utcDayStart } from "@/lib/ai/budget";
import { classifyAiFailure } from "@/lib/ai/failure";
import { BATCH_PRICE_FACTOR, type BatchRequest, cancelBatch, readBatchOutput, retrieveBatch, submitChatBatch } from "@/lib/ai/openai-batch";
import { boundScores, JOB_SCORES_RESPONSE_FORMAT, maxTokensFor, readScoresAnswer, usageOf } from "@/lib/ai/openai-score";
import { buildJobScoreMessages } from "@/lib/ai/prompts";
import { recordAiCall } from "@/lib/ai/usage";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { AI_REFINE, blendScores, packByTokens } from "./ai-refine";
import { jobPromptText, profileHashOf, profilePromptText, sha256 } from "./ai-text";
import { windowStart } from "./candidates";
import { DAILY_WINDOW_DAYS } from "./daily-refine";

const HOUR = 3_600_000;
const FAILED = ["failed", "expired", "cancelled", "cancelling"];

export type SubmitBatchResult = { status: "submitted" | "empty" | "already_submitted"; batch_id?: number; users: number; requests: number; jobs: number };

/**
 * AI_REFINE_MODE=batch: the due students' pending rows (same selection and
 * cap as the synchronous pass) as one Batch API submission, half price. One
 * per UTC hour (`slot`): a retried cron finds the slot taken. Its deadline is
 * the digest hour; pollAiBatches applies it, or falls back to the sync path.
 */
export async function submitDailyBatch(userIds: readonly string[], now: Date = new Date()): Promise<SubmitBatchResult> {
  const env = getEnv();
  const deadline = new Date(Math.floor(now.getTime() / HOUR) * HOUR + env.AI_REFINE_LEAD_HOURS * HOUR);
  const row = await claimBatchSlot(now.toISOString().slice(0, 13), deadline);
  if (!row) return { status: "already_submitted", users: 0, requests: 0, jobs: 0 };
  const requests: BatchRequest[] = [];
  const items: AiBatch["items"] = {};
  // One request per (profile text, job text) in a batch: a student identical to an earlier one rides along.
  const requested = new Map<string, { custom_id: string; job_id: number }>();
  let jobs = 0;
  for (const userId of userIds) {
    const profile = await getProfileByUserId(userId);
    if (!profile || (await isOverAiBudget(userId, now))) continue;
    const limit = env.AI_REFINE_DAILY_CAP - (await countModelScoresSince(userId, utcDayStart(now)));
    const pending = await listPendingRefinements(userId, { since: windowStart(now, DAILY_WINDOW_DAYS), minScore: profile.min_score_threshold - AI_REFINE.max_shift, limit });
    const profileText = profilePromptText(profile);
    const texts = pending.map((p) => ({ p, id: p.job.id, text: jobPromptText(p.job) }));
    // Judged before (same profile and job text): applied now from the AI score cache, never billed again.
    const cached = await listCachedAiScores(profileHashOf(profileText), texts.map((t) => sha256(t.text)), env.OPENAI_MODEL);
    const hits = texts.filter((t) => cached.has(sha256(t.text)));
    await applyRefinements(hits.map(({ p, text }) => aiUpdate(p.score, cached.get(sha256(text))!)));
    const profileHash = profileHashOf(profileText);
    const misses = [];
    for (const t of texts) {
      if (cached.has(sha256(t.text))) continue;
      const earlier = requested.get(`${profileHash}|${sha256(t.text)}`);
      if (earlier) (items[earlier.custom_id].dupes ??= []).push({ user_id: userId, job_id: t.id, of: earlier.job_id });
      else misses.push(t);
    }
    for (const call of packByTokens(misses, env.AI_REFINE_CALL_TOKENS)) {
      const custom_id = `r${requests.length + 1}`;
      items[custom_id] = { user_id: userId, job_ids: call.map((c) => c.id) };
      for (const c of call) requested.set(`${profileHash}|${sha256(c.text)}`, { custom_id, job_id: c.id });
      jobs += call.length;
      requests.push({
        custom_id,
        body: {
          model: env.OPENAI_MODEL,
          temperature: 0,
          max_tokens: Math.max(env.OPENAI_MAX_TOKENS, maxTokensFor(call.length)),
          messages: buildJobScoreMessages(profileText, call.map((c) => ({ id: String(c.id), text: c.text }))),
          response_format: JOB_SCORES_RESPONSE_FORMAT,
        },
      });
    }
  }
  const users = new Set(Object.values(items).flatMap((i) => [i.user_id, ...(i.dupes ?? []).map((d) => d.user_id)])).size;
  if (requests.length === 0) {
    await updateBatch(row.id, { status: "applied", completed_at: now });
    return { status: "empty", batch_id: row.id, users, requests: 0, jobs };
  }
  try {
    const { batchId, inputFileId } = await submitChatBatch(requests);
    await updateBatch(row.id, { status: "submitted", openai_batch_id: batchId, input_file_id: inputFileId, items, request_count: requests.length });
  } catch (err) {
    // Nothing was billed; the rows stay pending and the digest's synchronous last resort refines them.
    await updateBatch(row.id, { status: "failed", items, error: classifyAiFailure(err).detail });
    throw err;
  }
  log.info({ batchId: row.id, users, requests: requests.length, jobs }, "daily AI refinement submitted as a batch");
  return { status: "submitted", batch_id: row.id, users, requests: requests.length, jobs };
}

/** A stored row's update from a model's judgement (a fresh answer or the AI score cache), blended with its own rules score. */
function aiUpdate(score: PendingRefinement["score"], judged: Pick<AiScoreCacheRow, "score" | "reasoning" | "match_factors" | "mismatch_factors">): RefinementUpdate {
  const rules = score.rules_score ?? score.compatibility_score;
  return { id: score.id, method: "ai", compatibility_score: blendScores(rules, judged.score), ai_score: judged.score, ai_reasoning: judged.reasoning ?? "", match_factors: judged.match_factors, mismatch_factors: judged.mismatch_factors };
}

export type PollBatchesResult = { polled: number; applied: number; updated: number; fallen_back: number; waiting: number };

/**
 * Every submitted batch: completed → results written onto the same rows
 * (a status transition lets exactly one poller apply it: no double rows or
 * spend records); failed, expired, or past its deadline → cancelled and its
 * students refined synchronously through `fallback`.
 */
export async function pollAiBatches(fallback: (userIds: string[], now: Date) => Promise<unknown>, now: Date = new Date()): Promise<PollBatchesResult> {
  const result: PollBatchesResult = { polled: 0, applied: 0, updated: 0, fallen_back: 0, waiting: 0 };
  for (const batch of await listSubmittedBatches()) {
    result.polled++;
    const state = await retrieveBatch(batch.openai_batch_id!);
    if (state.status === "completed" && state.outputFileId) {
      if (!(await transitionBatch(batch.id, ["submitted"], "applying", { output_file_id: state.outputFileId }))) continue;
      result.updated += await applyBatchOutput(batch, state.outputFileId, now);
      await updateBatch(batch.id, { status: "applied", completed_at: now });
      result.applied++;
    } else if (FAILED.includes(state.status) || now >= batch.deadline_at) {
      if (!(await transitionBatch(batch.id, ["submitted"], "timed_out", { error: `batch ${state.status} at the deadline` }))) continue;
      if (!FAILED.includes(state.status)) await cancelBatch(batch.openai_batch_id!).catch((err) => log.warn({ err, batchId: batch.id }, "could not cancel a late batch"));
      await fallback([...new Set(Object.values(batch.items).flatMap((i) => [i.user_id, ...(i.dupes ?? []).map((d) => d.user_id)]))], now);
      result.fallen_back++;
    } else result.waiting++;
  }
  return result;
}

async function applyBatchOutput(batch: AiBatch, outputFileId: string, now: Date): Promise<number> {
  const model = getEnv().OPENAI_MODEL;
  let updated = 0;
  for (const line of await readBatchOutput(outputFileId)) {
    const item = batch.items[line.custom_id];
    if (!item) continue;
    const usage = usageOf(line.completion, model, BATCH_PRICE_FACTOR);
    const profile = await getProfileByUserId(item.user_id);
    const pending = profile ? await listPendingRefinements(item.user_id, { since: new Date(0), minScore: -1, limit: item.job_ids.length, jobIds: item.job_ids }) : [];
    const updates: RefinementUpdate[] = [];
    try {
      if (!line.completion) throw new Error(line.error ?? "no response");
      const byId = new Map(boundScores(readScoresAnswer(line.completion), new Set(item.job_ids.map(String))).map((s) => [s.job_id, s]));
      await recordAiCall({ ...usage, userId: item.user_id, operation: "score_jobs", latencyMs: 0, ok: true, priceFactor: BATCH_PRICE_FACTOR });
      const profileHash = profile ? profileHashOf(profilePromptText(profile)) : "";
      const fresh = [];
      for (const p of pending) {
        const s = byId.get(String(p.job.id));
        if (!s) continue;
        updates.push(aiUpdate(p.score, s));
        fresh.push({ user_id: item.user_id, profile_hash: profileHash, job_hash: sha256(jobPromptText(p.job)), model, score: s.score, reasoning: s.reasoning, match_factors: s.match_factors, mismatch_factors: s.mismatch_factors });
      }
      await insertAiScores(fresh).catch((err) => log.warn({ err }, "could not cache AI scores"));
      // Students identical to this one get the same judgement, blended with their own rules scores.
      for (const d of item.dupes ?? []) {
        const s = byId.get(String(d.of));
        const [row] = s ? await listPendingRefinements(d.user_id, { since: new Date(0), minScore: -1, limit: 1, jobIds: [d.job_id] }) : [];
        if (s && row) updates.push(aiUpdate(row.score, s));
      }
    } catch (err) {
      // An unusable answer leaves the rows pending: the digest's synchronous last resort can still refine them.
      await recordAiCall({ ...usage, userId: item.user_id, operation: "score_jobs", latencyMs: 0, ok: false, error: classifyAiFailure(err).detail, priceFactor: BATCH_PRICE_FACTOR });
    }
    updated += await applyRefinements(updates);
  }
  log.info({ batchId: batch.id, updated, at: now.toISOString() }, "AI batch applied");
  return updated;
}
