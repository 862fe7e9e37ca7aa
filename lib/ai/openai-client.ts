import OpenAI from "openai";
import { getEnv } from "@/lib/env";

// One client per process, made on first use (never at import: `next build` imports everything).
let client: OpenAI | undefined;

/** The configured OpenAI client; the SDK does the retries (with backoff, honouring Retry-After) and the timeout. */
export function getOpenAiClient(): OpenAI {
  if (client) return client;
  const env = getEnv();
  if (!env.OPENAI_API_KEY) throw new Error("OPENAI_API_KEY is not set");
  client = new OpenAI({
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL,
    timeout: env.OPENAI_TIMEOUT_MS,
    maxRetries: env.OPENAI_MAX_RETRIES,
  });
  return client;
}

/** For tests that change OPENAI_* between cases (call after resetEnvCache()). */
export function resetOpenAiClient() {
  client = undefined;
}
