import type { ScoreUserResult } from "@/lib/matching/pipeline";
import { requestJson } from "./json-request";
import type { FeedbackReason, MatchView } from "./match-format";

/** Browser-side calls to /api/v1/profiles/matches/* and score-jobs for the signed-in student. */

export type Feedback = "interested" | "not_interested" | "applied";
export type ScoreResult = ScoreUserResult;

const user = (userId: string) => encodeURIComponent(userId);

export function sendFeedback(userId: string, jobId: number, feedback: Feedback, reason?: FeedbackReason): Promise<MatchView> {
  return requestJson(`/api/v1/profiles/matches/${user(userId)}/${jobId}/feedback`, {
    method: "POST",
    json: reason ? { feedback, reason } : { feedback },
  });
}

/** A manual run looks back a week (not just a day) so a student who was away still gets scores. */
export function scoreNewJobs(userId: string): Promise<ScoreResult> {
  return requestJson(`/api/v1/profiles/score-jobs/${user(userId)}?job_limit=200&days_back=7`, { method: "POST" });
}
