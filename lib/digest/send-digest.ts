import { countSentDigestsSince, getDigestForDate, markDigestSent, updateDigest } from "@/db/queries/digests";
import { getAccountEmail } from "@/db/queries/email-recipients";
import { getProfileByUserId } from "@/db/queries/profiles";
import type { DailyDigest, UserProfile } from "@/db/schema";
import { decryptField } from "@/lib/crypto";
import { unsubscribeHeaders } from "@/lib/email/links";
import { EmailDeliveryError, sendEmail } from "@/lib/email/send";
import { log } from "@/lib/logger";
import { buildDigest } from "./build-digest";
import { WEEKLY_DIGEST_WEEKDAY } from "./due-users";
import { shiftDate, weekdayOf } from "./local-time";
import { refineDigestJobs } from "./refine-digest-jobs";
import { renderAllQuiet, renderDigest } from "./render";

export type SendDigestResult = {
  status: "sent" | "already_sent" | "all_quiet_sent" | "skipped";
  reason?: "no_profile" | "digests_off" | "email_status" | "nothing_new" | "no_address";
  digestId?: number;
  outboxId?: number;
};

export type SendDigestOptions = { now?: Date; /** Send the weekly "all quiet" note when there is nothing new (default on). */ allQuiet?: boolean };

export function digestIdempotencyKey(userId: string, date: string): string {
  return `digest/${userId}/${date}`;
}

async function recipientOf(profile: UserProfile): Promise<string | undefined> {
  return decryptField(profile.email) ?? (await getAccountEmail(profile.user_id));
}

/** Nothing new: a short note once a week (on the weekly day, if nothing went out in the six days before). */
async function wantsAllQuiet(profile: UserProfile, date: string): Promise<boolean> {
  if (weekdayOf(date) !== WEEKLY_DIGEST_WEEKDAY) return false;
  return (await countSentDigestsSince(profile.user_id, shiftDate(date, -6))) === 0;
}

/**
 * Build (if not built), render, deliver and record one student's digest for
 * their local date. Idempotent end to end: the outbox row and Resend's
 * idempotency key are both `digest/{user_id}/{date}`, so a second call (or a
 * retry after a crash between sending and recording) sends nothing more.
 */
export async function sendDigestForUser(userId: string, date: string, options: SendDigestOptions = {}): Promise<SendDigestResult> {
  const now = options.now ?? new Date();
  const profile = await getProfileByUserId(userId);
  if (!profile) return { status: "skipped", reason: "no_profile" };
  if (!profile.digest_enabled) return { status: "skipped", reason: "digests_off" };
  if (profile.email_status !== "active") return { status: "skipped", reason: "email_status" };

  const existing = await getDigestForDate(userId, date);
  if (existing?.email_sent) return { status: "already_sent", digestId: existing.id };
  // A built or failed digest is sent as it was built: a retry must carry the same content.
  const reuse = existing && existing.status !== "skipped";
  // Every digest job carries the model's reasoning when AI is configured (normally done by the daily pass).
  if (!reuse) await refineDigestJobs(userId, profile.min_score_threshold, now);
  const digest = reuse ? existing : (await buildDigest(userId, date, { now })).digest;
  if (digest.email_sent) return { status: "already_sent", digestId: digest.id };

  const to = await recipientOf(profile);
  if (!to) {
    log.warn({ userId }, "digest not sent: no email address");
    return { status: "skipped", reason: "no_address", digestId: digest.id };
  }

  const allQuiet = !digest.top_jobs.length;
  if (allQuiet && !((options.allQuiet ?? true) && (await wantsAllQuiet(profile, date)))) {
    return { status: "skipped", reason: "nothing_new", digestId: digest.id };
  }
  const firstName = profile.full_name?.trim().split(/\s+/)[0] || null;
  const rendered = allQuiet
    ? await renderAllQuiet(userId, digest.id, firstName, profile.min_score_threshold)
    : await renderDigest(digest, { forEmail: true });

  try {
    const { message } = await sendEmail({
      kind: "digest",
      userId,
      to,
      subject: allQuiet ? "All quiet this week — JobMatch" : (digest.digest_title ?? "Your JobMatch digest"),
      html: rendered.html,
      text: rendered.text,
      headers: unsubscribeHeaders(userId),
      idempotencyKey: digestIdempotencyKey(userId, date),
    });
    await markDigestSent(digest.id, userId, digest.top_jobs.map((j) => j.job_id), message.sent_at ?? now);
    return { status: allQuiet ? "all_quiet_sent" : "sent", digestId: digest.id, outboxId: message.id };
  } catch (err) {
    if (err instanceof EmailDeliveryError) await updateDigest(digest.id, { status: "failed" } satisfies Partial<DailyDigest>);
    throw err;
  }
}
