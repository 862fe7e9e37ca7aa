import { resolveAdminUserId } from "@/lib/admin/route-params";
import { resendTodaysDigest } from "@/lib/admin/user-actions";
import { withAdmin } from "@/lib/api";

// POST /api/v1/admin/users/{user_id}/digest – admin: send today's digest if it has not been sent
export const POST = withAdmin(async ({ params }) => Response.json(await resendTodaysDigest(resolveAdminUserId(params))));
