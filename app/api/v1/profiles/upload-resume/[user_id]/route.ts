import { withOwnerOrAdmin } from "@/lib/api";
import { ingestResumeUpload } from "@/lib/profiles/ingest-upload";

// POST /api/v1/profiles/upload-resume/{user_id} – multipart `file` (PDF, DOCX or text) → parsed profile
export const POST = withOwnerOrAdmin(async ({ userId, req }) => Response.json(await ingestResumeUpload(userId, req)));
