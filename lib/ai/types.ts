import type { ParsedProfile } from "@/lib/profile/schema";

export type ParseMethod = "openai" | "local";

/** Who a call is for: the ledger attributes cost per user (null for system work). */
export interface AiContext {
  userId: string | null;
}

export interface ParseResumeResult {
  profile: ParsedProfile;
  method: ParseMethod;
  /** The model that produced the profile; null for the local parser. */
  model: string | null;
  /** Set when OpenAI was tried and failed, so the local parser answered instead. */
  fallbackReason?: AiFailureReason;
}

/** Why a model call failed, as stored in ai_calls.error and returned to clients. */
export type AiFailureReason =
  | "rate_limited"
  | "server_error"
  | "timeout"
  | "connection_error"
  | "auth_error"
  | "bad_request"
  | "refusal"
  | "truncated"
  | "invalid_output"
  | "budget_exceeded"
  | "error";

/**
 * The one seam between the app and a model. Matching (`scoreJobs`) and
 * digests (`summarizeDigest`) add their methods here; every method must have
 * a local implementation so the app works with no key.
 */
export interface AiProvider {
  readonly name: ParseMethod;
  parseResume(text: string, ctx: AiContext): Promise<ParseResumeResult>;
}
