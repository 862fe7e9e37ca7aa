import { deleteProfile, getProfileByUserId } from "@/db/queries/profiles";
import { withOwnerOrAdmin } from "@/lib/api";
import { ApiError } from "@/lib/errors";
import { toProfileResponse } from "@/lib/profiles/serialize";

// GET /api/v1/profiles/profile/{user_id} – the profile under the original column names
export const GET = withOwnerOrAdmin(async ({ userId }) => {
  const profile = await getProfileByUserId(userId);
  if (!profile) throw new ApiError("not_found", `No profile for user ${userId}. Upload a resume or paste its text first.`);
  return Response.json(toProfileResponse(profile));
});

// DELETE /api/v1/profiles/profile/{user_id} – the profile and everything derived from it
export const DELETE = withOwnerOrAdmin(async ({ userId }) => {
  const deleted = await deleteProfile(userId);
  if (!deleted) throw new ApiError("not_found", `No profile for user ${userId}.`);
  return Response.json({ deleted: true, user_id: userId });
});
