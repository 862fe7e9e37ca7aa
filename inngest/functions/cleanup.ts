import { inngest } from "@/inngest/client";
import { CRON } from "@/inngest/events";
import { runCleanup } from "@/lib/pipeline/cleanup";
import { runPipelineJob } from "@/lib/pipeline/run";

// Weekly retention cleanup (never touches scores a student acted on).
export const cleanup = inngest.createFunction(
  { id: "cleanup", triggers: [{ cron: CRON.cleanup }], retries: 2, concurrency: { limit: 1 } },
  async ({ step }) =>
    step.run("delete-expired-rows", async () => {
      const run = await runPipelineJob("cleanup", "inngest", () => runCleanup(), { counts: (r) => r, rethrow: true });
      return run.status === "ok" ? run.result : { skipped: true };
    }),
);
