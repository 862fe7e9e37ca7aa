import { inngest } from "@/inngest/client";
import { CRON, userRefineRequested } from "@/inngest/events";
import { chunk } from "@/lib/pipeline/chunk";
import { getEnv } from "@/lib/env";
import { listUsersDueForRefine, runDailyRefinement } from "@/lib/pipeline/refine-due";

// Hourly at :45: one `user/refine.requested` per student whose digest is AI_REFINE_LEAD_HOURS away.
export const refineDueUsers = inngest.createFunction(
  { id: "refine-due-users", triggers: [{ cron: CRON.refineDueUsers }], retries: 2, concurrency: { limit: 1 } },
  async ({ step }) => {
    // Batch mode: one Batch API submission for them all (poll-ai-batches applies it).
    if (getEnv().AI_REFINE_MODE === "batch") return step.run("submit-batch", () => runDailyRefinement({ now: new Date() }));
    const { userIds, date } = await step.run("list-due-users", async () => ({
      userIds: await listUsersDueForRefine(new Date()),
      date: new Date().toISOString().slice(0, 10),
    }));
    for (const [i, batch] of chunk(userIds, 500).entries()) {
      await step.sendEvent(
        `fan-out-${i}`,
        batch.map((user_id) => userRefineRequested.create({ user_id, date })),
      );
    }
    return { users: userIds.length, date };
  },
);
