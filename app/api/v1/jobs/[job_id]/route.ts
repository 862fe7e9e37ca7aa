import { z } from "zod";
import { getJobListingById } from "@/db/queries/job-listings";
import { withUser } from "@/lib/api";
import { ApiError } from "@/lib/errors";
import { toJobResponse } from "@/lib/jobs/serialize";
import { jobIdSchema } from "@/lib/validation/jobs";

const paramsSchema = z.object({ job_id: jobIdSchema });

// GET /api/v1/jobs/{job_id} – one job with its full description
export const GET = withUser(async ({ params }) => {
  const { job_id } = paramsSchema.parse(params);
  const job = await getJobListingById(job_id);
  if (!job) throw new ApiError("not_found", `No job with id ${job_id}.`);
  return Response.json(toJobResponse(job, { full: true }));
});
