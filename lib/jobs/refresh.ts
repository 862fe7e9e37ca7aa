import { getJobSourceById, listDueSources, listJobSources } from "@/db/queries/job-sources";
import { finishPipelineRun, type PipelineTrigger, startPipelineRun } from "@/db/queries/pipeline-runs";
import type { JobSource } from "@/db/schema";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/logger";
import { ingestSource, type IngestOptions, type SourceRunResult } from "./ingest-source";
import { mapLimited } from "./run-limited";

export interface RefreshOptions extends Omit<IngestOptions, "now"> {
  /** Just this source (fetched even when not due or disabled). */
  sourceId?: number;
  /** Ignore next_fetch_at: every enabled source now. */
  force?: boolean;
  now?: Date;
  concurrency?: number;
  trigger?: PipelineTrigger;
}

const COUNT_KEYS = ["fetched", "new", "updated", "unchanged", "duplicates", "skipped", "closed", "errors"] as const;
export type RefreshTotals = Record<(typeof COUNT_KEYS)[number] | "sources", number>;

export interface RefreshResult {
  run_id: number;
  sources: SourceRunResult[];
  totals: RefreshTotals;
  duration_ms: number;
}

async function pickSources({ sourceId, force, now }: { sourceId?: number; force?: boolean; now: Date }): Promise<JobSource[]> {
  if (sourceId !== undefined) {
    const source = await getJobSourceById(sourceId);
    if (!source) throw new ApiError("not_found", `No job source with id ${sourceId}.`);
    return [source];
  }
  if (force) return (await listJobSources()).filter((s) => s.enabled);
  return listDueSources(now);
}

/**
 * Fetches due sources (or one, or all with `force`) with bounded concurrency;
 * one source failing never stops the others. Recorded as a pipeline run.
 */
export async function refreshSources(options: RefreshOptions = {}): Promise<RefreshResult> {
  const { sourceId, force, concurrency = 4, trigger = "manual", ...ingestOptions } = options;
  const now = options.now ?? new Date();
  const started = performance.now();
  const sources = await pickSources({ sourceId, force, now });
  const run = await startPipelineRun("fetch", trigger, now);
  const settled = await mapLimited(sources, concurrency, (source) => ingestSource(source, { ...ingestOptions, now }));
  const results = settled.map((outcome, i): SourceRunResult => {
    if (outcome.status === "fulfilled") return outcome.value;
    // ingestSource records its own failures; this is a bug guard, not a path.
    const message = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
    return { source_id: sources[i].id, name: sources[i].name, status: "error", fetched: 0, new: 0, updated: 0, unchanged: 0, duplicates: 0, skipped: 0, closed: 0, errors: 1, error_message: message };
  });
  const totals = Object.fromEntries([["sources", results.length], ...COUNT_KEYS.map((k) => [k, results.reduce((n, r) => n + r[k], 0)])]) as RefreshTotals;
  const failed = results.filter((r) => r.status === "error");
  const duration_ms = Math.round(performance.now() - started);
  await finishPipelineRun(run.id, {
    status: failed.length > 0 && failed.length === results.length ? "error" : results.length === 0 ? "skipped" : "ok",
    counts: totals,
    error: failed.length > 0 ? failed.map((r) => `${r.name}: ${r.error_message}`).join("\n") : null,
    finishedAt: new Date(now.getTime() + duration_ms),
  });
  log.info({ runId: run.id, totals, duration_ms }, "job sources refreshed");
  return { run_id: run.id, sources: results, totals, duration_ms };
}
