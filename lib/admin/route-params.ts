import { ApiError } from "@/lib/errors";

/** The `{user_id}` of /api/v1/admin/users/{user_id}/…, checked like the profile routes check it. */
export function resolveAdminUserId(params: Record<string, string>): string {
  const userId = params.user_id;
  if (!userId || userId.length > 100) throw new ApiError("validation_error", "user_id: must be 1–100 characters.");
  return userId;
}
