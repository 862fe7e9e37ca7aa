import { withAdmin } from "@/lib/api";
import { refreshSources } from "@/lib/jobs/refresh";
import { refreshQuerySchema } from "@/lib/validation/jobs";

// POST /api/v1/jobs/refresh – fetch due sources now (?source_id= for one, ?force=true for all) with per-source counts
export const POST = withAdmin(async ({ searchParams }) => {
  const { source_id, force } = refreshQuerySchema.parse(searchParams);
  return Response.json(await refreshSources({ sourceId: source_id, force, trigger: "manual" }));
});
