import { eventType } from "inngest";
import { z } from "zod";

/** Every event the pipeline sends, with its payload schema (validated by the SDK). */
export const jobsFetched = eventType("jobs/fetched", {
  schema: z.object({
    sources: z.number().int().nonnegative(),
    fetched: z.number().int().nonnegative(),
    new: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
  }),
});

export const userScoreRequested = eventType("user/score.requested", {
  schema: z.object({
    user_id: z.string().min(1).max(100),
    /**
     * The UTC hour this request belongs to ("2026-11-26T14"): one scoring run per user per hour.
     * A profile change sends the second instead ("2026-11-26T14:05:09") so it is never deduplicated away.
     */
    hour: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}(:\d{2}:\d{2})?$/),
    /** How far back to look for jobs (1 for the hourly run, more after a profile change). */
    days_back: z.number().int().min(1).max(60).optional(),
  }),
});

export const digestRequested = eventType("digest/requested", {
  schema: z.object({
    user_id: z.string().min(1).max(100),
    /** The student's local date ("2026-11-26"): one digest per user per local date. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
});

export const userRefineRequested = eventType("user/refine.requested", {
  schema: z.object({
    user_id: z.string().min(1).max(100),
    /** The UTC date ("2026-11-26"): one daily refinement per user per day however often it is sent. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
});

export const CRON = {
  fetchJobs: "TZ=UTC 0 * * * *",
  scoreAllUsers: "TZ=UTC 30 * * * *",
  /** After the hourly score, 20 minutes before the :05 digests. */
  refineDueUsers: "TZ=UTC 45 * * * *",
  pollAiBatches: "TZ=UTC */10 * * * *",
  sendDigests: "TZ=UTC 5 * * * *",
  cleanup: "TZ=UTC 0 3 * * 0",
} as const;

/** "2026-11-26T14" for the idempotency of hourly scoring. */
export function utcHour(date: Date): string {
  return date.toISOString().slice(0, 13);
}
