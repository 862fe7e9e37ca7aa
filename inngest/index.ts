import { cleanup } from "./functions/cleanup";
import { fetchJobs } from "./functions/fetch-jobs";
import { sendDigest } from "./functions/send-digest";
import { sendDigests } from "./functions/send-digests";

/** Every Inngest function, served by app/api/inngest/route.ts. */
export const functions = [fetchJobs, sendDigests, sendDigest, cleanup];
