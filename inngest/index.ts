import { cleanup } from "./functions/cleanup";
import { fetchJobs } from "./functions/fetch-jobs";

/** Every Inngest function, served by app/api/inngest/route.ts. */
export const functions = [fetchJobs, cleanup];
