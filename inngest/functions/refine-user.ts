import { inngest } from "@/inngest/client";
import { userRefineRequested } from "@/inngest/events";
import { MATCHING_CONFIG } from "@/lib/matching";
import { refineUserMatches } from "@/lib/matching/daily-refine";

// One student's daily AI refinement: once per student per day however often the event is sent;
// a retry finds the rows already refined (and the AI score cache answers for calls already paid).
export const refineUser = inngest.createFunction(
  {
    id: "refine-user",
    triggers: [userRefineRequested],
    idempotency: "event.data.user_id + '/' + event.data.date",
    concurrency: [{ limit: MATCHING_CONFIG.max_concurrent_scoring }, { key: "event.data.user_id", limit: 1 }],
    retries: 3,
  },
  async ({ event, step }) => step.run("refine-pending-matches", () => refineUserMatches(event.data.user_id)),
);
