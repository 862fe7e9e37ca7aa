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
  /** Present when a model is configured; the matching pipeline refines the top rules scores with it. */
  readonly jobScorer?: AiJobScorer;
}

/** One job as the scorer sends it: `id` is the id the model must echo back. */
export interface ScoreJobInput {
  id: string;
  /** The delimited job text exactly as sent (title, facts, trimmed description). */
  text: string;
}

/** The model's judgement of one job, already bounded (score 0–100, short texts). */
export interface AiJobScore {
  job_id: string;
  score: number;
  reasoning: string;
  match_factors: string[];
  mismatch_factors: string[];
}

export interface ScoreJobsUsage {
  model: string;
  tokensIn: number;
  tokensCached: number;
  tokensOut: number;
  costUsd: number;
}

export type ScoreJobsResult =
  | { ok: true; scores: AiJobScore[]; usage: ScoreJobsUsage }
  | { ok: false; reason: AiFailureReason; usage: ScoreJobsUsage };

/** Batch job scoring; only model-backed providers have it (local mode scores by rules alone). */
export interface AiJobScorer {
  /** The model name the cache is keyed by. */
  readonly model: string;
  /** One call for a few jobs; never throws (a failure is a result, already recorded in ai_calls). */
  scoreJobs(profileText: string, jobs: readonly ScoreJobInput[], ctx: AiContext): Promise<ScoreJobsResult>;
}
