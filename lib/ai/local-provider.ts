import { parseResumeLocally } from "@/lib/resume/local-parser";
import type { AiProvider } from "./types";

/** No model: the deterministic local parser (the default without OPENAI_API_KEY). */
export function createLocalProvider(): AiProvider {
  return {
    name: "local",
    async parseResume(text) {
      return { profile: parseResumeLocally(text), method: "local", model: null };
    },
  };
}
