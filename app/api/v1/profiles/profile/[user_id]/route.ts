import { deleteProfile, getProfileByUserId } from "@/db/queries/profiles";
import { withOwnerOrAdmin } from "@/lib/api";
import { ApiError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-body";
import { toProfileResponse } from "@/lib/profiles/serialize";
import { updateProfileFromBody } from "@/lib/profiles/update-profile";

// GET /api/v1/profiles/profile/{user_id} – the profile under the original column names
export const GET = withOwnerOrAdmin(async ({ userId }) => {
  const profile = await getProfileByUserId(userId);
  if (!profile) throw new ApiError("not_found", `No profile for user ${userId}. Upload a resume or paste its text first.`);
  return Response.json(toProfileResponse(profile));
});

// PUT /api/v1/profiles/profile/{user_id} – partial update (original nested body); creates the profile if missing (201)
export const PUT = withOwnerOrAdmin(async ({ userId, req }) => {
  const { profile, created } = await updateProfileFromBody(userId, await readJsonBody(req));
  return Response.json(profile, { status: created ? 201 : 200 });
});

// DELETE /api/v1/profiles/profile/{user_id} – the profile and everything derived from it
export const DELETE = withOwnerOrAdmin(async ({ userId }) => {
  const deleted = await deleteProfile(userId);
  if (!deleted) throw new ApiError("not_found", `No profile for user ${userId}.`);
  return Response.json({ deleted: true, user_id: userId });
});
