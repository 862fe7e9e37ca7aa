import type { PipelineKind, PipelineTrigger } from "@/db/queries/pipeline-runs";
import { refreshSources } from "@/lib/jobs/refresh";
import { ensureDemoSources } from "@/lib/jobs/seed-demo-sources";
import { runCleanup } from "./cleanup";
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
  digest: (trigger: PipelineTrigger, opts: { userId?: string } = {}) =>
    runPipelineJob(
      "digest",
      trigger,
      () => sendDueDigests({ anyHour: trigger === "cli" || trigger === "manual", userId: opts.userId }),
      { counts: (r) => r, lockScope: opts.userId },
    ),
  cleanup: (trigger: PipelineTrigger) => runPipelineJob("cleanup", trigger, () => runCleanup(), { counts: (r) => r }),
} satisfies Partial<Record<PipelineKind, (trigger: PipelineTrigger, opts?: { userId?: string }) => Promise<unknown>>>;

export type PipelineJobName = keyof typeof PIPELINE_JOBS;
