import { withOwnerOrAdmin } from "@/lib/api";
import { ingestPastedResume } from "@/lib/profiles/ingest-paste";
import { enforceRateLimit, rateLimitSubject } from "@/lib/rate-limit";

// POST /api/v1/profiles/parse-text/{user_id} – pasted `resume_text` (form or JSON) → parsed profile
export const POST = withOwnerOrAdmin(async ({ userId, req, caller }) => {
  await enforceRateLimit("resume", rateLimitSubject(caller, req));
  return Response.json(await ingestPastedResume(userId, req));
});
