import { withOwnerOrAdmin } from "@/lib/api";
import { readJsonBody } from "@/lib/http/read-body";
import { recordFeedback } from "@/lib/matching/feedback-actions";
import { parseJobIdParam } from "@/lib/matching/params";
import { feedbackBodySchema } from "@/lib/validation/matches";

// POST /api/v1/profiles/matches/{user_id}/{job_id}/feedback – interested, not_interested (+ reason) or applied
export const POST = withOwnerOrAdmin(async ({ userId, params, req }) => {
  const jobId = parseJobIdParam(params.job_id);
  const body = feedbackBodySchema.parse(await readJsonBody(req));
  return Response.json(await recordFeedback(userId, jobId, body));
});
