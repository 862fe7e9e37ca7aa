import { listJobs } from "@/db/queries/job-listings";
import { withUser } from "@/lib/api";
import { toJobResponse } from "@/lib/jobs/serialize";
import { listJobsQuerySchema } from "@/lib/validation/jobs";

// GET /api/v1/jobs – normalised jobs, newest first, with the total for paging
export const GET = withUser(async ({ searchParams }) => {
  const query = listJobsQuerySchema.parse(searchParams);
  const { rows, total } = await listJobs(query);
  return Response.json({ jobs: rows.map((job) => toJobResponse(job)), total, limit: query.limit, offset: query.offset });
});
