import { inngest } from "@/inngest/client";
import { CRON } from "@/inngest/events";
import { pollDueBatches } from "@/lib/pipeline/refine-due";

// Every 10 minutes (AI_REFINE_MODE=batch): apply finished Batch API jobs onto the stored rows;
// a batch still running at its digest hour is cancelled and its students refined synchronously.
export const pollAiBatches = inngest.createFunction(
  { id: "poll-ai-batches", triggers: [{ cron: CRON.pollAiBatches }], retries: 2, concurrency: { limit: 1 } },
  async ({ step }) => step.run("poll-and-apply", () => pollDueBatches(new Date())),
);
