import { deleteExpiredRows } from "@/db/queries/cleanup";
import { getEnv } from "@/lib/env";

const DAY = 24 * 60 * 60 * 1000;

/** The weekly cleanup: retention windows from the environment. */
export function retentionCutoffs(now: Date, env = getEnv()) {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  return {
    scoresBefore: before(env.RETENTION_SCORES_DAYS),
    closedJobsBefore: before(env.RETENTION_CLOSED_JOBS_DAYS),
    digestsBefore: before(env.RETENTION_DIGESTS_DAYS),
    outboxBefore: before(env.RETENTION_OUTBOX_DAYS),
    aiCallsBefore: before(env.RETENTION_AI_CALLS_DAYS),
  };
}

export async function runCleanup({ now = new Date() }: { now?: Date } = {}) {
  return deleteExpiredRows(retentionCutoffs(now));
}
