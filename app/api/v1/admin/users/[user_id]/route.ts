import { resolveAdminUserId } from "@/lib/admin/route-params";
import { getUserDetail } from "@/lib/admin/user-detail";
import { deleteUserCompletely } from "@/lib/admin/user-actions";
import { withAdmin } from "@/lib/api";
import { ApiError } from "@/lib/errors";

// GET /api/v1/admin/users/{user_id} – admin: profile, matches, digests, AI calls and cost of one user
export const GET = withAdmin(async ({ params }) => {
  const userId = resolveAdminUserId(params);
  const detail = await getUserDetail(userId);
  if (!detail) throw new ApiError("not_found", `No user ${userId}.`);
  return Response.json(detail);
});

// DELETE /api/v1/admin/users/{user_id} – admin: delete the account, the profile and everything derived
export const DELETE = withAdmin(async ({ params, caller }) => Response.json(await deleteUserCompletely(resolveAdminUserId(params), caller.userId)));
