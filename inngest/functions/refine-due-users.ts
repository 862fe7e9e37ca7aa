import { inngest } from "@/inngest/client";
import { CRON, userRefineRequested } from "@/inngest/events";
import { chunk } from "@/lib/pipeline/chunk";
import { listUsersDueForRefine } from "@/lib/pipeline/refine-due";

// Hourly at :45: one `user/refine.requested` per student whose digest is AI_REFINE_LEAD_HOURS away.
export const refineDueUsers = inngest.createFunction(
  { id: "refine-due-users", triggers: [{ cron: CRON.refineDueUsers }], retries: 2, concurrency: { limit: 1 } },
  async ({ step }) => {
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
