import { getModes } from "@/lib/env";
import { createLocalProvider } from "./local-provider";
import { createOpenAiProvider } from "./openai-provider";
import type { AiProvider } from "./types";

export type { AiContext, AiFailureReason, AiProvider, ParseMethod, ParseResumeResult } from "./types";

/** OpenAI when a key is configured, the local parser otherwise (read per call: tests switch modes). */
export function getAiProvider(): AiProvider {
  return getModes().ai === "openai" ? createOpenAiProvider() : createLocalProvider();
}
