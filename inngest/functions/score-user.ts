import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { userScoreRequested } from "@/inngest/events";
import { ApiError } from "@/lib/errors";
import { MATCHING_CONFIG } from "@/lib/matching";
import { scoreUser as scoreOneUser } from "@/lib/matching/pipeline";

// One student's new jobs: at most `max_concurrent_scoring` students at once (the AI budget's friend),
// one run per student at a time, and one run per student per hour however often the event is sent.
export const scoreUser = inngest.createFunction(
  {
    id: "score-user",
    triggers: [userScoreRequested],
    idempotency: "event.data.user_id + '/' + event.data.hour",
    concurrency: [{ limit: MATCHING_CONFIG.max_concurrent_scoring }, { key: "event.data.user_id", limit: 1 }],
    retries: 3,
  },
  async ({ event, step }) =>
    step.run("score-new-jobs", async () => {
      try {
        return await scoreOneUser(event.data.user_id, { trigger: "inngest", jobLimit: 2000, daysBack: event.data.days_back ?? 1 });
      } catch (err) {
        // The profile was deleted after the fan-out: nothing to retry.
        if (err instanceof ApiError && err.code === "not_found") throw new NonRetriableError(err.message);
        throw err;
      }
    }),
);
