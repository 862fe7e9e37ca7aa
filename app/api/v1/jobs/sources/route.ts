import { listJobSources } from "@/db/queries/job-sources";
import { withAdmin } from "@/lib/api";
import { createSource } from "@/lib/jobs/manage-sources";
import { toSourceResponse } from "@/lib/jobs/serialize";
import { readJsonBody } from "@/lib/http/read-body";
import { createSourceBodySchema } from "@/lib/validation/jobs";

// GET /api/v1/jobs/sources – every source with its feed state
export const GET = withAdmin(async () => {
  const sources = await listJobSources();
  return Response.json({ sources: sources.map(toSourceResponse) });
});

// POST /api/v1/jobs/sources – add a feed or ATS board
export const POST = withAdmin(async ({ req }) => {
  const body = createSourceBodySchema.parse(await readJsonBody(req));
  return Response.json(toSourceResponse(await createSource(body)), { status: 201 });
});
