import { getOutboxMessage, insertOrGetOutboxMessage, markOutboxSentOnce, updateOutboxMessage } from "@/db/queries/email-outbox";
import type { EmailOutboxMessage } from "@/db/schema";
import { getEnv, getModes } from "@/lib/env";
import { log } from "@/lib/logger";
import { getResendClient } from "./resend-client";

export type SendEmailInput = {
  kind: "digest" | "alert" | "other";
  userId: string | null;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** One message per key, ever: "digest/{user_id}/{date}". */
  idempotencyKey: string;
};

export type SendEmailResult = { message: EmailOutboxMessage; alreadySent: boolean };

/** Timeout and retry policy for Resend; tests shrink the delays (never the logic). */
export const emailDeliveryConfig = { timeoutMs: 15_000, maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

export class EmailDeliveryError extends Error {
  constructor(message: string, readonly outboxId: number) {
    super(message);
    this.name = "EmailDeliveryError";
  }
}

const DONE = new Set(["sent", "delivered", "bounced", "complained"]);

/**
 * Record first, then send: the outbox row is inserted (or found) by its
 * idempotency key before any network call, so a crash never loses the record,
 * and a row already sent is never sent again. Retries always send the stored
 * content, so Resend's idempotency key sees the same payload every time.
 */
export async function sendEmail(input: SendEmailInput): Promise<SendEmailResult> {
  const env = getEnv();
  const provider = getModes(env).email;
  const stored = await insertOrGetOutboxMessage({
    user_id: input.userId,
    kind: input.kind,
    idempotency_key: input.idempotencyKey,
    to_address: input.to,
    from_address: env.EMAIL_FROM,
    subject: input.subject,
    html: input.html,
    text: input.text,
    headers: input.headers ?? {},
    provider,
  });
  if (DONE.has(stored.status)) return { message: stored, alreadySent: true };

  if (provider === "outbox") {
    const won = await markOutboxSentOnce(stored.id, { provider: "outbox", attempts: stored.attempts + 1, sent_at: new Date(), error: null });
    return { message: (await getOutboxMessage(stored.id))!, alreadySent: !won };
  }
  return sendThroughResend(stored);
}

type Attempt = { ok: true; id: string } | { ok: false; retryable: boolean; error: string; retryAfterMs?: number };

async function attemptOnce(message: EmailOutboxMessage): Promise<Attempt> {
  const { data, error, headers } = await getResendClient().emails.send(
    {
      from: message.from_address,
      to: message.to_address,
      subject: message.subject,
      html: message.html,
      text: message.text,
      headers: message.headers,
    },
    { idempotencyKey: message.idempotency_key, signal: AbortSignal.timeout(emailDeliveryConfig.timeoutMs) },
  );
  if (data?.id) return { ok: true, id: data.id };
  const status = (error as { statusCode?: number | null } | null)?.statusCode ?? null;
  const name = error?.name ?? "unknown_error";
  // null status = no answer (timeout, connection reset): the send may have happened, the key makes a retry safe.
  const retryable = status === null || status === 429 || status >= 500 || name === "concurrent_idempotent_requests";
  const retryAfter = Number(headers?.["retry-after"]);
  return {
    ok: false,
    retryable,
    error: `${status ?? "no_response"} ${name}: ${String(error?.message ?? "").slice(0, 200)}`,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined,
  };
}

async function sendThroughResend(stored: EmailOutboxMessage): Promise<SendEmailResult> {
  const { maxAttempts, baseDelayMs, maxDelayMs } = emailDeliveryConfig;
  let attempts = stored.attempts;
  let lastError = "";
  for (let i = 0; i < maxAttempts; i++) {
    attempts++;
    const result = await attemptOnce(stored);
    if (result.ok) {
      const message = await updateOutboxMessage(stored.id, {
        provider: "resend", provider_message_id: result.id, status: "sent", attempts, error: null, sent_at: new Date(),
      });
      return { message: message!, alreadySent: false };
    }
    lastError = result.error;
    await updateOutboxMessage(stored.id, { attempts, error: lastError });
    log.warn({ outboxId: stored.id, attempt: attempts, error: lastError }, "email send attempt failed");
    if (!result.retryable || i === maxAttempts - 1) break;
    const backoff = baseDelayMs * 2 ** i * (0.75 + Math.random() * 0.5);
    await new Promise((r) => setTimeout(r, Math.min(maxDelayMs, result.retryAfterMs ?? backoff)));
  }
  await updateOutboxMessage(stored.id, { status: "failed", attempts, error: lastError });
  throw new EmailDeliveryError(`email ${stored.id} not sent after ${attempts} attempt(s): ${lastError}`, stored.id);
}
