import {
  finishPipelineRun,
  type PipelineKind,
  type PipelineTrigger,
  startPipelineRun,
} from "@/db/queries/pipeline-runs";
import { log } from "@/lib/logger";
import { withJobLock } from "./lock";

export type RunOutcome<T> =
  | { status: "ok"; runId: number; result: T; duration_ms: number }
  | { status: "skipped"; reason: string }
  | { status: "error"; runId: number; error: string; duration_ms: number };

/**
 * Every pipeline job goes through here, whoever drives it (in-process cron,
 * Inngest, CLI, API): one at a time per kind and scope, and recorded in
 * pipeline_runs with its counts or its error.
 */
export async function runPipelineJob<T>(
  kind: PipelineKind,
  trigger: PipelineTrigger,
  fn: () => Promise<T>,
  options: {
    counts?: (result: T) => Record<string, number>;
    lockScope?: string;
    rethrow?: boolean;
    /** false when `fn` records its own pipeline_runs row (the fetch job does). */
    record?: boolean;
  } = {},
): Promise<RunOutcome<T>> {
  const lockName = options.lockScope ? `${kind}:${options.lockScope}` : kind;
  let runId = 0;
  const started = performance.now();
  try {
    const locked = await withJobLock(lockName, async () => {
      if (options.record !== false) runId = (await startPipelineRun(kind, trigger)).id;
      return fn();
    });
    if (!locked.ran) return { status: "skipped", reason: `${lockName} is already running` };
    const duration_ms = Math.round(performance.now() - started);
    if (runId) await finishPipelineRun(runId, { status: "ok", counts: { ...options.counts?.(locked.result), duration_ms } });
    log.info({ kind, trigger, runId, duration_ms }, "pipeline job finished");
    return { status: "ok", runId, result: locked.result, duration_ms };
  } catch (err) {
    const duration_ms = Math.round(performance.now() - started);
    const message = err instanceof Error ? err.message : String(err);
    if (runId) await finishPipelineRun(runId, { status: "error", error: message, counts: { duration_ms } }).catch(() => {});
    log.error({ kind, trigger, runId, err }, "pipeline job failed");
    if (options.rethrow) throw err;
    return { status: "error", runId, error: message, duration_ms };
  }
}
