import { withAdmin } from "@/lib/api";
import { listOutbox } from "@/lib/email/outbox";
import { outboxQuerySchema } from "@/lib/validation/digests";

// GET /api/v1/admin/outbox?limit&offset – admin: every email rendered, newest first (addresses masked)
export const GET = withAdmin(async ({ searchParams }) => Response.json(await listOutbox(outboxQuerySchema.parse(searchParams))));
