import { deleteUnactedScores } from "@/db/queries/job-scores";
import { inngest } from "@/inngest/client";
import { userScoreRequested } from "@/inngest/events";
import { getEnv, getModes } from "@/lib/env";
import { log } from "@/lib/logger";
import { PIPELINE_JOBS } from "./jobs";

/** A new or edited profile is judged against the last two weeks of jobs, not only the last hour's. */
export const RESCORE_DAYS_BACK = 14;

/**
 * The profile changed (resume parsed, fields edited): forget the stale scores
 * the student never acted on and score their jobs again now — through Inngest
 * when it drives the pipeline, else in the background in this process.
 */
export async function onProfileChanged(userId: string): Promise<void> {
  await deleteUnactedScores(userId);
  const env = getEnv();
  if (getModes(env).scheduler === "inngest") {
    const now = new Date();
    await inngest
      .send(userScoreRequested.create({ user_id: userId, hour: now.toISOString().slice(0, 19), days_back: RESCORE_DAYS_BACK }))
      .catch((err) => log.warn({ userId, err }, "could not request scoring from Inngest"));
    return;
  }
  if (!env.SCHEDULER_ENABLED) return; // tests and one-off tools score explicitly
  void PIPELINE_JOBS.score("manual", { userId, daysBack: RESCORE_DAYS_BACK }).catch((err) =>
    log.warn({ userId, err }, "background scoring after a profile change failed"),
  );
}
