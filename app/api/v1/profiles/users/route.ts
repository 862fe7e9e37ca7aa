import { withAdmin } from "@/lib/api";
import { listUsers } from "@/lib/profiles/list-users";
import { listUsersQuerySchema } from "@/lib/validation/profiles";

// GET /api/v1/profiles/users?skip=0&limit=100&q= – admin: accounts and profiles with a summary, and the total
export const GET = withAdmin(async ({ searchParams }) => Response.json(await listUsers(listUsersQuerySchema.parse(searchParams))));
