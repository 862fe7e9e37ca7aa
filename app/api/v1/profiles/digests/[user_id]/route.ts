import { withOwnerOrAdmin } from "@/lib/api";
import { listDigestsForUser } from "@/lib/digest/history";
import { digestHistoryQuerySchema } from "@/lib/validation/digests";

// GET /api/v1/profiles/digests/{user_id}?limit&offset – the user's digest history, newest first
export const GET = withOwnerOrAdmin(async ({ userId, searchParams }) =>
  Response.json({ digests: await listDigestsForUser(userId, digestHistoryQuerySchema.parse(searchParams)) }),
);
