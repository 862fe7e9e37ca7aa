import { inngest } from "@/inngest/client";
import { CRON, digestRequested } from "@/inngest/events";
import { listUsersDueForDigest } from "@/lib/digest/due-users";
import { chunk } from "@/lib/pipeline/chunk";

// Hourly: students whose local time is their digest hour and who have no digest for that local date yet.
export const sendDigests = inngest.createFunction(
  { id: "send-digests", triggers: [{ cron: CRON.sendDigests }], retries: 2, concurrency: { limit: 1 } },
  async ({ step }) => {
    const due = await step.run("list-due-users", () => listUsersDueForDigest(new Date()));
    const batches = chunk(due, 500);
    for (const [i, batch] of batches.entries()) {
      await step.sendEvent(
        `fan-out-${i}`,
        batch.map((d) => digestRequested.create({ user_id: d.user_id, date: d.date })),
      );
    }
    return { users: due.length };
  },
);
