import { z } from "zod";
import { jobIdParamSchema } from "@/lib/validation/matches";

const jobIdParams = z.object({ job_id: jobIdParamSchema });

/** The `{job_id}` path segment as a number; a bad one is a 422 naming job_id. */
export const parseJobIdParam = (raw: string | undefined) => jobIdParams.parse({ job_id: raw }).job_id;
