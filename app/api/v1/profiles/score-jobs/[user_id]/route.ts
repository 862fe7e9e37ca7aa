import { withOwnerOrAdmin } from "@/lib/api";
import { scoreUser } from "@/lib/matching/pipeline";
import { enforceRateLimit, rateLimitSubject } from "@/lib/rate-limit";
import { scoreJobsQuerySchema } from "@/lib/validation/matches";

// POST /api/v1/profiles/score-jobs/{user_id}?job_limit=50&days_back=1 – score new jobs for one user now, then refine their pending matches with AI
export const POST = withOwnerOrAdmin(async ({ userId, req, caller, searchParams }) => {
  const query = scoreJobsQuerySchema.parse(searchParams);
  await enforceRateLimit("score", rateLimitSubject(caller, req));
  return Response.json(await scoreUser(userId, { jobLimit: query.job_limit, daysBack: query.days_back, trigger: "manual", refine: true }));
});
