import { inngest } from "@/inngest/client";
import { digestRequested } from "@/inngest/events";
import { sendDigestForUser } from "@/lib/digest/send-digest";

// One student's digest: built, rendered and delivered once per local date (the send itself is idempotent too).
export const sendDigest = inngest.createFunction(
  {
    id: "send-digest",
    triggers: [digestRequested],
    idempotency: "event.data.user_id + '/' + event.data.date",
    concurrency: [{ limit: 10 }, { key: "event.data.user_id", limit: 1 }],
    retries: 3,
  },
  async ({ event, step }) => step.run("build-and-send", () => sendDigestForUser(event.data.user_id, event.data.date)),
);
