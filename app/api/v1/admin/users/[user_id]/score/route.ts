import { resolveAdminUserId } from "@/lib/admin/route-params";
import { scoreUserNow } from "@/lib/admin/user-actions";
import { withAdmin } from "@/lib/api";

// POST /api/v1/admin/users/{user_id}/score – admin: score this student's jobs now
export const POST = withAdmin(async ({ params }) => Response.json(await scoreUserNow(resolveAdminUserId(params))));
