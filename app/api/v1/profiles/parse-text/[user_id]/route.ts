import { withOwnerOrAdmin } from "@/lib/api";
import { ingestPastedResume } from "@/lib/profiles/ingest-paste";

// POST /api/v1/profiles/parse-text/{user_id} – pasted `resume_text` (form or JSON) → parsed profile
export const POST = withOwnerOrAdmin(async ({ userId, req }) => Response.json(await ingestPastedResume(userId, req)));
