import type { ChatCompletion } from "openai/resources/chat/completions";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { AiOutputError, classifyAiFailure } from "./failure";
import { getOpenAiClient } from "./openai-client";
import { costUsd } from "./pricing";
import { buildJobScoreMessages } from "./prompts";
import type { AiContext, AiJobScore, AiJobScorer, ScoreJobInput, ScoreJobsResult, ScoreJobsUsage } from "./types";
import { recordAiCall } from "./usage";

/**
 * Sent as a strict response_format. Bounds are described, not encoded
 * (strict mode handles minimum/maxLength poorly); boundScores enforces them.
 */
export const openAiJobScoresSchema = z.object({
  scores: z.array(
    z.object({
      job_id: z.string().describe("the id attribute of the <job> tag"),
      score: z.number().describe("whole number 0-100"),
      reasoning: z.string().describe("at most 400 characters"),
      match_factors: z.array(z.string()).describe("at most 3"),
      mismatch_factors: z.array(z.string()).describe("at most 3"),
    }),
  ),
});
type RawScores = z.infer<typeof openAiJobScoresSchema>;

const RESPONSE_FORMAT = zodResponseFormat(openAiJobScoresSchema, "job_scores");
// ~120 output tokens per job; room for a batch of 5 with slack.
const MIN_MAX_TOKENS = 1200;
const FACTOR_CHARS = 160;

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** Bounds the answer: known ids only, once each; score 0–100; short texts. */
export function boundScores(raw: RawScores, sentIds: ReadonlySet<string>): AiJobScore[] {
  const seen = new Set<string>();
  const out: AiJobScore[] = [];
  for (const s of raw.scores) {
    if (!sentIds.has(s.job_id) || seen.has(s.job_id) || !Number.isFinite(s.score)) continue;
    seen.add(s.job_id);
    out.push({
      job_id: s.job_id,
      score: Math.min(100, Math.max(0, Math.round(s.score))),
      reasoning: cut(s.reasoning.trim(), 400),
      match_factors: s.match_factors.map((f) => cut(f.trim(), FACTOR_CHARS)).filter(Boolean).slice(0, 3),
      mismatch_factors: s.mismatch_factors.map((f) => cut(f.trim(), FACTOR_CHARS)).filter(Boolean).slice(0, 3),
    });
  }
  return out;
}

/** The OpenAI job scorer: one chat completion per batch, every call (failed ones too) in ai_calls. */
export function createOpenAiJobScorer(): AiJobScorer {
  const { OPENAI_MODEL: model } = getEnv();
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
          max_tokens: Math.max(OPENAI_MAX_TOKENS, MIN_MAX_TOKENS),
          messages: buildJobScoreMessages(profileText, jobs),
          response_format: RESPONSE_FORMAT,
        });
        const scores = boundScores(readAnswer(completion), new Set(jobs.map((j) => j.id)));
        const usage = usageOf(completion, model);
        await recordAiCall({ ...usage, userId: ctx.userId, operation: "score_jobs", latencyMs: performance.now() - started, ok: true });
        return { ok: true, scores, usage };
      } catch (err) {
        const { reason, detail } = classifyAiFailure(err);
        const usage = usageOf(completion, model);
        await recordAiCall({ ...usage, userId: ctx.userId, operation: "score_jobs", latencyMs: performance.now() - started, ok: false, error: detail });
        log.warn({ userId: ctx.userId, jobs: jobs.length, reason: detail }, "OpenAI job scoring failed; the rules scores stand");
        return { ok: false, reason, usage };
      }
    },
  };
}

function readAnswer(completion: ChatCompletion): RawScores {
  const choice = completion.choices[0];
  if (!choice) throw new AiOutputError("invalid_output", "no choices in the answer");
  if (choice.message.refusal || choice.finish_reason === "content_filter") throw new AiOutputError("refusal", "the model refused");
  if (choice.finish_reason === "length") throw new AiOutputError("truncated", "the answer hit max_tokens");
  if (!choice.message.content) throw new AiOutputError("invalid_output", "empty answer");
  return openAiJobScoresSchema.parse(JSON.parse(choice.message.content));
}

function usageOf(completion: ChatCompletion | undefined, model: string): ScoreJobsUsage {
  const usage = completion?.usage;
  const tokens = {
    model: completion?.model || model,
    tokensIn: usage?.prompt_tokens ?? 0,
    tokensCached: usage?.prompt_tokens_details?.cached_tokens ?? 0,
    tokensOut: usage?.completion_tokens ?? 0,
  };
  return { ...tokens, costUsd: costUsd(tokens) };
}
