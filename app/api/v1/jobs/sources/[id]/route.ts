import { z } from "zod";
import { withAdmin } from "@/lib/api";
import { deleteSource, updateSource } from "@/lib/jobs/manage-sources";
import { toSourceResponse } from "@/lib/jobs/serialize";
import { readJsonBody } from "@/lib/http/read-body";
import { sourceIdSchema, updateSourceBodySchema } from "@/lib/validation/jobs";

const paramsSchema = z.object({ id: sourceIdSchema });

// PATCH /api/v1/jobs/sources/{id} – rename, retarget, enable or disable a source
export const PATCH = withAdmin(async ({ req, params }) => {
  const { id } = paramsSchema.parse(params);
  const body = updateSourceBodySchema.parse(await readJsonBody(req));
  return Response.json(toSourceResponse(await updateSource(id, body)));
});

// DELETE /api/v1/jobs/sources/{id} – remove a source (its jobs close once no feed lists them)
export const DELETE = withAdmin(async ({ params }) => {
  const { id } = paramsSchema.parse(params);
  await deleteSource(id);
  return Response.json({ deleted: true, id });
});
