import { withAdmin } from "@/lib/api";
import { getOutboxMessageOrThrow } from "@/lib/email/outbox";
import { positiveIdSchema } from "@/lib/validation/digests";

// GET /api/v1/admin/outbox/{id} – admin: one message with its HTML and text parts
export const GET = withAdmin(async ({ params }) => Response.json(await getOutboxMessageOrThrow(positiveIdSchema.parse(params.id))));
