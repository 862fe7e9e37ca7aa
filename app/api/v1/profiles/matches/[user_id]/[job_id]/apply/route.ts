import { withOwnerOrAdmin } from "@/lib/api";
import { recordApplyClick } from "@/lib/matching/feedback-actions";
import { parseJobIdParam } from "@/lib/matching/params";

// GET /api/v1/profiles/matches/{user_id}/{job_id}/apply – record the click, 302 to the job's stored URL
export const GET = withOwnerOrAdmin(async ({ userId, params }) => {
  const target = await recordApplyClick(userId, parseJobIdParam(params.job_id));
  return new Response(null, { status: 302, headers: { location: target, "cache-control": "no-store" } });
});
