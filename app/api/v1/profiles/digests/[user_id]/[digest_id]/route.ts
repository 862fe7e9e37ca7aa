import { withOwnerOrAdmin } from "@/lib/api";
import { getDigestForReader } from "@/lib/digest/history";
import { positiveIdSchema } from "@/lib/validation/digests";

// GET /api/v1/profiles/digests/{user_id}/{digest_id} – one stored digest; the owner reading it marks it viewed
export const GET = withOwnerOrAdmin(async ({ userId, params, caller }) => {
  const digestId = positiveIdSchema.parse(params.digest_id);
  return Response.json(await getDigestForReader(userId, digestId, { markViewed: caller.userId === userId }));
});
