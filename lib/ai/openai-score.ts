import type { ChatCompletion } from "openai/resources/chat/completions";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { AiOutputError, classifyAiFailure } from "./failure";
import { getOpenAiClient } from "./openai-client";
import { costUsd } from "./pricing";
import { MATCH_CODE_LIST, MISMATCH_CODE_LIST, renderFactorCodes } from "@/lib/matching/factor-codes";
import { buildJobScoreMessages } from "./prompts";
import type { AiContext, AiJobScore, AiJobScorer, ScoreJobInput, ScoreJobsResult, ScoreJobsUsage } from "./types";
import { recordAiCall } from "./usage";

/**
 * Sent as a strict response_format: a score and factor codes per job, no
 * prose (about 15 output tokens a job instead of ~120). The app renders the
 * codes into the sentence the student reads (lib/matching/factor-codes).
 * Bounds are described, not encoded; boundScores enforces them.
 */
export const openAiJobScoresSchema = z.object({
  scores: z.array(
    z.object({
      id: z.string().describe("the id attribute of the <job> tag"),
      score: z.number().describe("whole number 0-100"),
      match: z.array(z.enum(MATCH_CODE_LIST)).describe("at most 3"),
      gaps: z.array(z.enum(MISMATCH_CODE_LIST)).describe("at most 3"),
    }),
  ),
});
// Read back leniently: an unknown code (an old model, a schema drift) is dropped by renderFactorCodes, not fatal.
const answerSchema = z.object({
  scores: z.array(z.object({ id: z.string(), score: z.number(), match: z.array(z.string()), gaps: z.array(z.string()) })),
});
type RawScores = z.infer<typeof answerSchema>;

export const JOB_SCORES_RESPONSE_FORMAT = zodResponseFormat(openAiJobScoresSchema, "job_scores");
/** Output tokens to allow for an answer about `jobs` jobs (a compact entry is ~15–25 tokens; generous slack). */
export const maxTokensFor = (jobs: number) => 64 + 48 * jobs;

/** Bounds the answer: known ids only, once each; score 0–100; known codes rendered into words. */
export function boundScores(raw: RawScores, sentIds: ReadonlySet<string>): AiJobScore[] {
  const seen = new Set<string>();
  const out: AiJobScore[] = [];
  for (const s of raw.scores) {
    if (!sentIds.has(s.id) || seen.has(s.id) || !Number.isFinite(s.score)) continue;
    seen.add(s.id);
    const score = Math.min(100, Math.max(0, Math.round(s.score)));
    out.push({ job_id: s.id, score, ...renderFactorCodes(score, s.match, s.gaps) });
  }
  return out;
}

/** Usage of one chat completion (zeros when there is none), priced. */
export function usageOf(completion: Pick<ChatCompletion, "model" | "usage"> | undefined, model: string, discount = 1): ScoreJobsUsage {
  const usage = completion?.usage;
  const tokens = {
    model: completion?.model || model,
    tokensIn: usage?.prompt_tokens ?? 0,
    tokensCached: usage?.prompt_tokens_details?.cached_tokens ?? 0,
    tokensOut: usage?.completion_tokens ?? 0,
  };
  return { ...tokens, costUsd: Math.round(costUsd(tokens) * discount * 1e9) / 1e9 };
}

/** The parsed scores of one answer, or an AiOutputError saying why it is unusable. */
export function readScoresAnswer(completion: Pick<ChatCompletion, "choices">): RawScores {
  const choice = completion.choices[0];
  if (!choice) throw new AiOutputError("invalid_output", "no choices in the answer");
  if (choice.message.refusal || choice.finish_reason === "content_filter") throw new AiOutputError("refusal", "the model refused");
  if (choice.finish_reason === "length") throw new AiOutputError("truncated", "the answer hit max_tokens");
  if (!choice.message.content) throw new AiOutputError("invalid_output", "empty answer");
  return answerSchema.parse(JSON.parse(choice.message.content));
}

/** The OpenAI job scorer: one chat completion per batch, every call (failed ones too) in ai_calls. */
export function createOpenAiJobScorer({ record = true }: { record?: boolean } = {}): AiJobScorer {
  const { OPENAI_MODEL: model } = getEnv();
  // Offline evaluations (no database) skip the ledger; the app always records.
  const recordCall = record ? recordAiCall : async () => {};
  return {
    model,
    async scoreJobs(profileText: string, jobs: readonly ScoreJobInput[], ctx: AiContext): Promise<ScoreJobsResult> {
      const { OPENAI_MAX_TOKENS } = getEnv();
      const started = performance.now();
      let completion: ChatCompletion | undefined;
      try {
        completion = await getOpenAiClient().chat.completions.create({
          model,
          temperature: 0,
          max_tokens: Math.max(OPENAI_MAX_TOKENS, maxTokensFor(jobs.length)),
          messages: buildJobScoreMessages(profileText, jobs),
          response_format: JOB_SCORES_RESPONSE_FORMAT,
        });
        const scores = boundScores(readScoresAnswer(completion), new Set(jobs.map((j) => j.id)));
        const usage = usageOf(completion, model);
        await recordCall({ ...usage, userId: ctx.userId, operation: "score_jobs", latencyMs: performance.now() - started, ok: true });
        return { ok: true, scores, usage };
      } catch (err) {
        const { reason, detail } = classifyAiFailure(err);
        const usage = usageOf(completion, model);
        await recordCall({ ...usage, userId: ctx.userId, operation: "score_jobs", latencyMs: performance.now() - started, ok: false, error: detail });
        log.warn({ userId: ctx.userId, jobs: jobs.length, reason: detail }, "OpenAI job scoring failed; the rules scores stand");
        return { ok: false, reason, usage };
      }
    },
  };
}
