import { type MatchActionValues, saveMatchFeedback } from "@/db/queries/match-feedback";
import { getMatchWithJob, markMatchClicked } from "@/db/queries/job-scores";
import { ApiError } from "@/lib/errors";
import type { FeedbackBody } from "@/lib/validation/matches";
import { toMatchResponse } from "./serialize-match";

const noMatch = (userId: string, jobId: number) => new ApiError("not_found", `User ${userId} has no match for job ${jobId}.`);

/**
 * A student's verdict on one match. interested / applied (which implies
 * interested) also un-hide it: an explicit "yes" overrides an earlier "no".
 * not_interested hides it and keeps the reason; "company" also rejects the
 * company for later runs and hides the student's other matches there. The
 * next scoring run reads the reasons (see feedbackFromRows).
 */
export async function recordFeedback(userId: string, jobId: number, body: FeedbackBody, now = new Date()) {
  const match = await getMatchWithJob(userId, jobId);
  if (!match) throw noMatch(userId, jobId);
  let values: MatchActionValues;
  switch (body.feedback) {
    case "interested":
      values = { user_interested: true, user_feedback: "interested", feedback_reason: null, hidden: false, feedback_at: now };
      break;
    case "applied":
      values = { user_interested: true, user_applied: true, user_feedback: "applied", feedback_reason: null, hidden: false, feedback_at: now };
      break;
    case "not_interested":
      values = { user_interested: false, user_feedback: "not_interested", feedback_reason: body.reason ?? null, hidden: true, feedback_at: now };
      break;
  }
  const rejectCompany = body.feedback === "not_interested" && body.reason === "company" ? match.job.company : null;
  const saved = await saveMatchFeedback(userId, jobId, values, rejectCompany);
  if (!saved) throw noMatch(userId, jobId);
  return toMatchResponse(saved.score, match.job);
}

/**
 * The tracked apply link: the first click is recorded, the target is always the
 * job's stored URL (never anything from the request), and only http(s).
 */
export async function recordApplyClick(userId: string, jobId: number, now = new Date()): Promise<string> {
  const match = await getMatchWithJob(userId, jobId);
  if (!match) throw noMatch(userId, jobId);
  const target = safeHttpUrl(match.job.url);
  if (!target) throw new ApiError("not_found", `Job ${jobId} has no link to apply at.`);
  await markMatchClicked(userId, jobId, now);
  return target;
}

function safeHttpUrl(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}
