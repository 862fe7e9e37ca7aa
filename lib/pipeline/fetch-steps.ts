import { getJobSourceById, listDueSources } from "@/db/queries/job-sources";
import { ingestSource, type SourceRunResult } from "@/lib/jobs/ingest-source";
import { ensureDemoSources } from "@/lib/jobs/seed-demo-sources";

/** Step 1 of the Inngest fetch: which sources are due now. */
export async function listDueSourceIds(now = new Date()): Promise<number[]> {
  await ensureDemoSources();
  return (await listDueSources(now)).map((s) => s.id);
}

/**
 * One source, as one retryable Inngest step. The source's failure is recorded
 * on its row either way; throwing lets Inngest retry this source alone.
 */
export async function fetchOneSource(sourceId: number, now = new Date()): Promise<SourceRunResult | { source_id: number; status: "gone" }> {
  const source = await getJobSourceById(sourceId);
  if (!source || !source.enabled) return { source_id: sourceId, status: "gone" };
  const result = await ingestSource(source, { now });
  if (result.status === "error") throw new Error(`${source.name}: ${result.error_message ?? "fetch failed"}`);
  return result;
}
