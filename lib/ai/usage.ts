import { insertAiCall } from "@/db/queries/ai-calls";
import { log } from "@/lib/logger";
import { costUsd } from "./pricing";
import { checkSpendAlert } from "./spend-guard";

export type AiOperation = "parse_resume" | "score_jobs" | "digest_summary";

export interface AiCallRecord {
  userId: string | null;
  operation: AiOperation;
  model: string;
  tokensIn: number;
  tokensCached: number;
  tokensOut: number;
  latencyMs: number;
  ok: boolean;
  /** A failure class ("timeout", "rate_limited: 429"…), never prompt or answer content. */
  error?: string;
  /** Multiplies the list price (0.5 for the Batch API). */
  priceFactor?: number;
}

/**
 * One row in ai_calls per model call (the cost ledger), then, when the call
 * cost something, the 80 % budget check (one indexed sum; the alert email
 * goes out once per UTC day). Neither failure ever fails the caller.
 */
export async function recordAiCall(call: AiCallRecord): Promise<void> {
  const cost = Math.round(costUsd(call) * (call.priceFactor ?? 1) * 1e9) / 1e9;
  log.debug(
    { operation: call.operation, model: call.model, tokensIn: call.tokensIn, tokensCached: call.tokensCached, tokensOut: call.tokensOut, latencyMs: call.latencyMs, costUsd: cost, ok: call.ok, error: call.error },
    "ai call",
  );
  try {
    await insertAiCall({
      user_id: call.userId,
      operation: call.operation,
      model: call.model,
      tokens_in: call.tokensIn,
      tokens_cached: call.tokensCached,
      tokens_out: call.tokensOut,
      cost_usd: cost,
      latency_ms: Math.round(call.latencyMs),
      ok: call.ok,
      error: call.error?.slice(0, 500) ?? null,
    });
  } catch (err) {
    log.error({ err, operation: call.operation }, "could not record ai call");
    return;
  }
  if (cost > 0) await checkSpendAlert().catch((err) => log.error({ err }, "AI budget alert check failed"));
}
