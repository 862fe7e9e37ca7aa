import OpenAI from "openai";
import { ContentFilterFinishReasonError, LengthFinishReasonError } from "openai/error";
import { ZodError } from "zod";
import type { AiFailureReason } from "./types";

/** A model answer we cannot use (the HTTP call itself succeeded). */
export class AiOutputError extends Error {
  constructor(readonly reason: Extract<AiFailureReason, "refusal" | "truncated" | "invalid_output">, message: string) {
    super(message);
    this.name = "AiOutputError";
  }
}

/** Sorts any failure of a model call into a reason; `detail` is for the ledger and logs (no content). */
export function classifyAiFailure(err: unknown): { reason: AiFailureReason; detail: string } {
  const reason = reasonOf(err);
  const status = err instanceof OpenAI.APIError && err.status ? ` ${err.status}` : "";
  const name = err instanceof Error ? (err.constructor?.name || err.name) : typeof err;
  return { reason, detail: `${reason}: ${name}${status}` };
}

function reasonOf(err: unknown): AiFailureReason {
  if (err instanceof AiOutputError) return err.reason;
  if (err instanceof LengthFinishReasonError) return "truncated";
  if (err instanceof ContentFilterFinishReasonError) return "refusal";
  if (err instanceof ZodError || err instanceof SyntaxError) return "invalid_output";
  if (err instanceof OpenAI.APIConnectionTimeoutError) return "timeout";
  if (err instanceof OpenAI.APIConnectionError) return "connection_error";
  if (err instanceof OpenAI.RateLimitError) return "rate_limited";
  if (err instanceof OpenAI.AuthenticationError || err instanceof OpenAI.PermissionDeniedError) return "auth_error";
  if (err instanceof OpenAI.APIError) return (err.status ?? 0) >= 500 ? "server_error" : "bad_request";
  if (err instanceof Error && err.name === "AbortError") return "timeout";
  return "error";
}
