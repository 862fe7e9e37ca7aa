import { inngest } from "@/inngest/client";
import { CRON, jobsFetched, userScoreRequested, utcHour } from "@/inngest/events";
import { listActiveUserIds } from "@/lib/matching/pipeline";
import { chunk } from "@/lib/pipeline/chunk";

// Hourly at :30 and after each fetch: one `user/score.requested` per active student.
export const scoreAllUsers = inngest.createFunction(
  {
    id: "score-all-users",
    triggers: [{ cron: CRON.scoreAllUsers }, jobsFetched],
    retries: 2,
    concurrency: { limit: 1 },
  },
  async ({ step }) => {
    const { userIds, hour } = await step.run("load-active-users", async () => ({
      userIds: await listActiveUserIds(),
      hour: utcHour(new Date()),
    }));
    for (const [i, batch] of chunk(userIds, 500).entries()) {
      await step.sendEvent(
        `fan-out-${i}`,
        batch.map((user_id) => userScoreRequested.create({ user_id, hour })),
      );
    }
    return { users: userIds.length, hour };
  },
);
