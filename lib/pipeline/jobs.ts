import type { PipelineKind, PipelineTrigger } from "@/db/queries/pipeline-runs";
import { refreshSources } from "@/lib/jobs/refresh";
import { type ScoreAllResult, scoreAllUsers, scoreUser, type ScoreUserResult } from "@/lib/matching/pipeline";
import { ensureDemoSources } from "@/lib/jobs/seed-demo-sources";
import { runCleanup } from "./cleanup";
import { pollDueBatches, refineDueUsers, runDailyRefinement } from "./refine-due";
import { runPipelineJob } from "./run";
import { sendDueDigests } from "./send-digests";

/**
 * The pipeline's jobs, as the in-process schedule and the CLI run them (Inngest
 * runs the same lib functions step by step in inngest/functions/*).
 */
export const PIPELINE_JOBS = {
  fetch: (trigger: PipelineTrigger) =>
    runPipelineJob(
      "fetch",
      trigger,
      async () => {
        await ensureDemoSources(); // idempotent: a fresh database fetched from the CLI has the demo feeds too
        return refreshSources({ trigger });
      },
      { record: false },
    ),
  score: (trigger: PipelineTrigger, opts: { userId?: string; daysBack?: number } = {}) =>
    runPipelineJob(
      "score",
      trigger,
      async (): Promise<ScoreUserResult | ScoreAllResult> =>
        opts.userId
          ? scoreUser(opts.userId, { trigger, jobLimit: 2000, daysBack: opts.daysBack })
          : scoreAllUsers({ daysBack: opts.daysBack }),
      { counts: (r) => numericCounts(r), lockScope: opts.userId },
    ),
  // The daily AI pass: students whose digest is AI_REFINE_LEAD_HOURS away (all of them from the CLI or by hand).
  refine: (trigger: PipelineTrigger, opts: { userId?: string } = {}) =>
    runPipelineJob(
      "refine",
      trigger,
      () => (opts.userId ? refineDueUsers({ userIds: [opts.userId] }) : runDailyRefinement({ all: trigger === "cli" || trigger === "manual" })),
      { counts: (r) => numericCounts(r), lockScope: opts.userId },
    ),
  // AI_REFINE_MODE=batch: apply finished batches, fall back to sync for late ones (a no-op in sync mode).
  batches: (trigger: PipelineTrigger) => runPipelineJob("batches", trigger, () => pollDueBatches(), { counts: (r) => r }),
  digest: (trigger: PipelineTrigger, opts: { userId?: string } = {}) =>
    runPipelineJob(
      "digest",
      trigger,
      () => sendDueDigests({ anyHour: trigger === "cli" || trigger === "manual", userId: opts.userId }),
      { counts: (r) => r, lockScope: opts.userId },
    ),
  cleanup: (trigger: PipelineTrigger) => runPipelineJob("cleanup", trigger, () => runCleanup(), { counts: (r) => r }),
} satisfies Partial<Record<PipelineKind, (trigger: PipelineTrigger, opts?: { userId?: string; daysBack?: number }) => Promise<unknown>>>;

export type PipelineJobName = keyof typeof PIPELINE_JOBS;

/** The numbers of a result object, for pipeline_runs.counts. */
function numericCounts(result: object): Record<string, number> {
  return Object.fromEntries(Object.entries(result).filter(([, v]) => typeof v === "number")) as Record<string, number>;
}
