import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { listLatestPipelineRuns } from "@/db/queries/pipeline-runs";
import { getModes, type Modes } from "@/lib/env";
import { describeSchedule } from "@/lib/pipeline/schedule";

export type Health = {
  status: "ok" | "unavailable";
  modes: Modes;
  database: { ok: boolean; latency_ms?: number; error?: string };
  /** The last run of each pipeline job and, in embedded mode, when each runs next. */
  scheduler?: {
    last_runs: Array<{ kind: string; status: string; trigger: string; started_at: string; finished_at: string | null }>;
    next_runs: Array<{ name: string | undefined; next_run: string | null }>;
  };
  version: string;
};

const TIMEOUT_MS = 3000;

/** Liveness + readiness: is the database answering, and which mode is each concern in. */
export async function getHealth(): Promise<Health> {
  const modes = getModes();
  const started = performance.now();
  try {
    await Promise.race([
      getDb().then((db) => db.execute(sql`select 1`)),
      new Promise((_, reject) => setTimeout(() => reject(new Error("database did not answer in time")), TIMEOUT_MS)),
    ]);
    const latency = Math.round(performance.now() - started);
    const runs = await listLatestPipelineRuns();
    return {
      status: "ok",
      modes,
      database: { ok: true, latency_ms: latency },
      scheduler: {
        last_runs: runs.map((r) => ({
          kind: r.kind,
          status: r.status,
          trigger: r.trigger,
          started_at: r.started_at.toISOString(),
          finished_at: r.finished_at?.toISOString() ?? null,
        })),
        next_runs: describeSchedule(),
      },
      version: process.env.npm_package_version ?? "0.1.0",
    };
  } catch (err) {
    return {
      status: "unavailable",
      modes,
      database: { ok: false, error: err instanceof Error ? err.message.split("\n")[0] : "unreachable" },
      version: process.env.npm_package_version ?? "0.1.0",
    };
  }
}
