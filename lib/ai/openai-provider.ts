import type { ChatCompletion } from "openai/resources/chat/completions";
import { zodResponseFormat } from "openai/helpers/zod";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { parseResumeLocally } from "@/lib/resume/local-parser";
import { isOverAiBudget } from "./budget";
import { AiOutputError, classifyAiFailure } from "./failure";
import { getOpenAiClient } from "./openai-client";
import { createOpenAiJobScorer } from "./openai-score";
import { openAiProfileSchema } from "./openai-schema";
import { buildResumeParseMessages } from "./prompts";
import { sanitizeModelProfile } from "./sanitize";
import type { AiContext, AiProvider, ParseResumeResult } from "./types";
import { recordAiCall } from "./usage";

const RESPONSE_FORMAT = zodResponseFormat(openAiProfileSchema, "resume_profile");
// A full profile with entries and insights is ~1,000–1,500 output tokens; less truncates.
const SUGGESTED_MAX_TOKENS = 2500;
let warnedMaxTokens = false;

/** OpenAI structured outputs; any failure is recorded and answered by the local parser instead. */
export function createOpenAiProvider(): AiProvider {
  return {
    name: "openai",
    jobScorer: createOpenAiJobScorer(),
    async parseResume(text: string, ctx: AiContext): Promise<ParseResumeResult> {
      const { OPENAI_MODEL: model, OPENAI_MAX_TOKENS: maxTokens } = getEnv();
      if (await isOverAiBudget(ctx.userId)) {
        log.warn({ userId: ctx.userId }, "AI budget reached; parsing the resume locally");
        return { profile: parseResumeLocally(text), method: "local", model: null, fallbackReason: "budget_exceeded" };
      }
      if (maxTokens < SUGGESTED_MAX_TOKENS && !warnedMaxTokens) {
        warnedMaxTokens = true;
        log.warn({ maxTokens }, `OPENAI_MAX_TOKENS is below ${SUGGESTED_MAX_TOKENS}: long resumes may be cut off and parsed locally instead`);
      }
      const started = performance.now();
      let completion: ChatCompletion | undefined;
      try {
        // create() rather than parse(): when the answer is unusable we still have its usage to bill.
        completion = await getOpenAiClient().chat.completions.create({
          model,
          temperature: 0,
          max_tokens: maxTokens,
          messages: buildResumeParseMessages(text),
          response_format: RESPONSE_FORMAT,
        });
        const profile = sanitizeModelProfile(readAnswer(completion), text);
        await recordAiCall({ ...usageOf(completion, model), userId: ctx.userId, operation: "parse_resume", latencyMs: performance.now() - started, ok: true });
        return { profile, method: "openai", model: completion.model || model };
      } catch (err) {
        const { reason, detail } = classifyAiFailure(err);
        await recordAiCall({ ...usageOf(completion, model), userId: ctx.userId, operation: "parse_resume", latencyMs: performance.now() - started, ok: false, error: detail });
        log.warn({ userId: ctx.userId, reason: detail }, "OpenAI resume parse failed; using the local parser");
        return { profile: parseResumeLocally(text), method: "local", model: null, fallbackReason: reason };
      }
    },
  };
}

function readAnswer(completion: ChatCompletion) {
  const choice = completion.choices[0];
  if (!choice) throw new AiOutputError("invalid_output", "no choices in the answer");
  if (choice.message.refusal || choice.finish_reason === "content_filter") throw new AiOutputError("refusal", "the model refused");
  if (choice.finish_reason === "length") throw new AiOutputError("truncated", "the answer hit max_tokens");
  if (!choice.message.content) throw new AiOutputError("invalid_output", "empty answer");
  return openAiProfileSchema.parse(JSON.parse(choice.message.content));
}

function usageOf(completion: ChatCompletion | undefined, model: string) {
  const usage = completion?.usage;
  return {
    model: completion?.model || model,
    tokensIn: usage?.prompt_tokens ?? 0,
    tokensCached: usage?.prompt_tokens_details?.cached_tokens ?? 0,
    tokensOut: usage?.completion_tokens ?? 0,
  };
}
