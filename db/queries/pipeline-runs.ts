import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { type PipelineRun, pipelineRuns } from "@/db/schema";

export type PipelineKind = "fetch" | "score" | "refine" | "batches" | "digest" | "cleanup";
export type PipelineRunKind = PipelineKind;
export type PipelineTrigger = "cron" | "manual" | "cli" | "inngest" | "startup";

export async function startPipelineRun(kind: PipelineKind, trigger: PipelineTrigger, startedAt = new Date()): Promise<PipelineRun> {
  const db = await getDb();
  const [row] = await db.insert(pipelineRuns).values({ kind, trigger, status: "running", started_at: startedAt }).returning();
  return row;
}

export async function finishPipelineRun(
  id: number,
  result: { status: "ok" | "error" | "skipped"; counts?: Record<string, number>; error?: string | null; finishedAt?: Date },
): Promise<void> {
  const db = await getDb();
  await db
    .update(pipelineRuns)
    .set({
      status: result.status,
      counts: result.counts ?? {},
      error: result.error?.slice(0, 4000) ?? null,
      finished_at: result.finishedAt ?? new Date(),
    })
    .where(eq(pipelineRuns.id, id));
}

/** The most recent run of each kind (for /api/health and the Metrics page). */
export async function listLatestPipelineRuns(): Promise<PipelineRun[]> {
  const db = await getDb();
  return db
    .selectDistinctOn([pipelineRuns.kind])
    .from(pipelineRuns)
    .orderBy(pipelineRuns.kind, desc(pipelineRuns.started_at));
}

export async function listPipelineRuns(limit = 50): Promise<PipelineRun[]> {
  const db = await getDb();
  return db.select().from(pipelineRuns).orderBy(desc(pipelineRuns.started_at)).limit(limit);
}

export async function countPipelineRuns(kind?: PipelineKind): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(pipelineRuns)
    .where(kind ? eq(pipelineRuns.kind, kind) : undefined);
  return row?.n ?? 0;
}
