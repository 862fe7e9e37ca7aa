import { getOutboxMessageByProviderId, updateOutboxMessage } from "@/db/queries/email-outbox";
import { setEmailStatus } from "@/db/queries/email-recipients";
import { getEnv } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/logger";
import { getResendClient } from "./resend-client";

type ResendEvent = { type: string; created_at?: string; data?: { email_id?: string; bounce?: { type?: string } } };

/** Later states win: delivered never overwrites a bounce or a complaint. */
const RANK: Record<string, number> = { queued: 0, failed: 0, sent: 1, delivered: 2, bounced: 3, complained: 4 };

/** Verify the svix (standard-webhooks) signature; 401 on anything forged, stale or unsigned. */
export function verifyResendWebhook(payload: string, headers: Headers): ResendEvent {
  const secret = getEnv().RESEND_WEBHOOK_SECRET;
  if (!secret) throw new ApiError("service_unavailable", "RESEND_WEBHOOK_SECRET is not configured.");
  const pick = (name: string) => headers.get(`svix-${name}`) ?? headers.get(`webhook-${name}`) ?? "";
  try {
    return getResendClient().webhooks.verify({
      payload,
      headers: { id: pick("id"), timestamp: pick("timestamp"), signature: pick("signature") },
      webhookSecret: secret,
    }) as unknown as ResendEvent;
  } catch {
    throw new ApiError("unauthorized", "Invalid webhook signature.");
  }
}

/** Apply delivered / bounced / complained to the outbox row and, for the last two, to the student's email status. */
export async function applyResendEvent(event: ResendEvent): Promise<{ applied: boolean }> {
  const status = { "email.delivered": "delivered", "email.bounced": "bounced", "email.complained": "complained" }[event.type];
  const emailId = event.data?.email_id;
  if (!status || !emailId) return { applied: false };
  const message = await getOutboxMessageByProviderId(emailId);
  if (!message) {
    log.info({ type: event.type }, "resend webhook for an unknown message");
    return { applied: false };
  }
  if ((RANK[status] ?? 0) > (RANK[message.status] ?? 0)) await updateOutboxMessage(message.id, { status });
  // A transient bounce (mailbox full) is worth retrying another day; a permanent one is not.
  const permanent = status === "complained" || (status === "bounced" && event.data?.bounce?.type?.toLowerCase() !== "transient");
  if (permanent && message.user_id) await setEmailStatus(message.user_id, status as "bounced" | "complained");
  return { applied: true };
}
