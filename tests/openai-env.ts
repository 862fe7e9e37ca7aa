import { resetOpenAiClient } from "@/lib/ai/openai-client";
import { resetEnvCache } from "@/lib/env";

const KEYS = ["OPENAI_API_KEY", "OPENAPI_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_MAX_TOKENS", "OPENAI_TIMEOUT_MS", "OPENAI_MAX_RETRIES"] as const;

/** Point the app's OpenAI client at `baseUrl` (or, with null, turn OpenAI off); returns a restore function. */
export function setOpenAiEnv(baseUrl: string | null, overrides: Partial<Record<(typeof KEYS)[number], string>> = {}): () => void {
  const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  for (const k of KEYS) delete process.env[k];
  if (baseUrl) {
    Object.assign(process.env, {
      OPENAI_API_KEY: "sk-test-fake",
      OPENAI_BASE_URL: baseUrl,
      OPENAI_MODEL: "gpt-4o-mini",
      OPENAI_MAX_TOKENS: "3000",
      OPENAI_TIMEOUT_MS: "1000",
      OPENAI_MAX_RETRIES: "0",
      ...overrides,
    });
  }
  resetEnvCache();
  resetOpenAiClient();
  return () => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    resetEnvCache();
    resetOpenAiClient();
  };
}
