import { cleanup } from "./functions/cleanup";
import { fetchJobs } from "./functions/fetch-jobs";
import { pollAiBatches } from "./functions/poll-ai-batches";
import { refineDueUsers } from "./functions/refine-due-users";
import { refineUser } from "./functions/refine-user";
import { scoreAllUsers } from "./functions/score-all-users";
import { scoreUser } from "./functions/score-user";
import { sendDigest } from "./functions/send-digest";
import { sendDigests } from "./functions/send-digests";

/** Every Inngest function, served by app/api/inngest/route.ts. */
export const functions = [fetchJobs, scoreAllUsers, scoreUser, refineDueUsers, refineUser, pollAiBatches, sendDigests, sendDigest, cleanup];
