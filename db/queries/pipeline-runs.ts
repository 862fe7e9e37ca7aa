import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { type PipelineRun, pipelineRuns } from "@/db/schema";

export type PipelineRunKind = "fetch" | "score" | "digest" | "cleanup";
export type PipelineTrigger = "cron" | "manual" | "cli" | "inngest" | "startup";

export async function startPipelineRun(kind: PipelineRunKind, trigger: PipelineTrigger, startedAt: Date): Promise<PipelineRun> {
  const db = await getDb();
  const [row] = await db.insert(pipelineRuns).values({ kind, trigger, status: "running", started_at: startedAt }).returning();
  return row;
}

export async function finishPipelineRun(
  id: number,
  result: { status: "ok" | "error" | "skipped"; counts: Record<string, number>; error?: string | null; finishedAt: Date },
): Promise<void> {
  const db = await getDb();
  await db
    .update(pipelineRuns)
    .set({ status: result.status, counts: result.counts, error: result.error?.slice(0, 4000) ?? null, finished_at: result.finishedAt })
    .where(eq(pipelineRuns.id, id));
}
