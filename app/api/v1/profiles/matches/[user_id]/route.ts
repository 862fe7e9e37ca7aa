import { withOwnerOrAdmin } from "@/lib/api";
import { getMatchesForUser } from "@/lib/matching/list-matches";
import { matchesQuerySchema } from "@/lib/validation/matches";

// GET /api/v1/profiles/matches/{user_id}?limit=10&min_score=70 – ranked matches for a user
export const GET = withOwnerOrAdmin(async ({ userId, searchParams }) => {
  const query = matchesQuerySchema.parse(searchParams);
  return Response.json(await getMatchesForUser(userId, query));
});
