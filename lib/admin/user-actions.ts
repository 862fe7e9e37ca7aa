import { deleteProfile, getProfileByUserId } from "@/db/queries/profiles";
import { deleteAccountAndTraces } from "@/db/queries/user-detail";
import { getAccountById } from "@/db/queries/users";
import { forgetCachedAuth } from "@/lib/auth-cache";
import { localTimeIn } from "@/lib/digest/local-time";
import { sendDigestForUser } from "@/lib/digest/send-digest";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/logger";
import { PIPELINE_JOBS } from "@/lib/pipeline/jobs";

async function requireProfile(userId: string) {
  const profile = await getProfileByUserId(userId);
  if (!profile) throw new ApiError("not_found", `No profile for user ${userId}: upload a resume first.`);
  return profile;
}

/** Score this student's recent jobs now (a manual pipeline run, recorded in pipeline_runs). */
export async function scoreUserNow(userId: string) {
  await requireProfile(userId);
  const outcome = await PIPELINE_JOBS.score("manual", { userId });
  if (outcome.status === "skipped") return { status: "skipped" as const, message: "Scoring is already running for this user." };
  if (outcome.status === "error") throw new ApiError("internal_error", "Scoring failed; see the server log.");
  const stored = (outcome.result as { stored?: number }).stored ?? 0;
  return { status: "ok" as const, stored, message: `Scored: ${stored} match${stored === 1 ? "" : "es"} stored.` };
}

/**
 * Send today's digest (the student's local date) if it has not gone out.
 * sendDigestForUser is idempotent by `digest/{user_id}/{date}`, so a digest
 * already sent is reported, never sent twice.
 */
export async function resendTodaysDigest(userId: string, now: Date = new Date()) {
  const profile = await requireProfile(userId);
  const date = localTimeIn(now, profile.timezone).date;
  const result = await sendDigestForUser(userId, date, { now });
  const message =
    result.status === "sent" || result.status === "all_quiet_sent"
      ? `Today's digest (${date}) was sent.`
      : result.status === "already_sent"
        ? `Today's digest (${date}) was already sent; nothing was sent again.`
        : `Not sent: ${SKIP_REASONS[result.reason ?? "nothing_new"]}.`;
  return { ...result, date, message };
}

const SKIP_REASONS = {
  no_profile: "no profile",
  digests_off: "the student turned digests off",
  email_status: "the address unsubscribed or bounced",
  nothing_new: "no new matches above the student's threshold today",
  no_address: "no email address on file",
} as const;

/** Delete the login account (cascading sessions and API keys), the profile and everything derived from it. */
export async function deleteUserCompletely(userId: string, actingAdminId: string) {
  if (userId === actingAdminId) throw new ApiError("conflict", "You cannot delete your own account here.");
  const account = await getAccountById(userId);
  const profile = await deleteProfile(userId);
  const rest = await deleteAccountAndTraces(userId);
  forgetCachedAuth(); // its sessions and keys are gone: no cached caller may outlive them
  if (!profile && !rest.account) throw new ApiError("not_found", `No user ${userId}.`);
  log.info({ userId, actingAdminId, profile, account: rest.account, emails: rest.emails, wasAdmin: account?.role === "admin" }, "user deleted by admin");
  return { deleted: true, user_id: userId, profile, account: rest.account, emails_removed: rest.emails };
}
