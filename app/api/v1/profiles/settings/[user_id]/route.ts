import { withOwnerOrAdmin } from "@/lib/api";
import { readJsonBody } from "@/lib/http/read-body";
import { getDigestSettings, updateDigestSettings } from "@/lib/digest/settings";
import { digestSettingsBodySchema } from "@/lib/validation/digests";

// GET /api/v1/profiles/settings/{user_id} – digest settings (on/off, hour, timezone, min score, frequency)
export const GET = withOwnerOrAdmin(async ({ userId }) => Response.json(await getDigestSettings(userId)));

// PUT /api/v1/profiles/settings/{user_id} – change any of them; 422 names each bad field
export const PUT = withOwnerOrAdmin(async ({ userId, req }) => {
  const body = digestSettingsBodySchema.parse(await readJsonBody(req));
  return Response.json(await updateDigestSettings(userId, body));
});
