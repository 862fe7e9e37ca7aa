import { inngest } from "@/inngest/client";
import { CRON, jobsFetched } from "@/inngest/events";
import { finishPipelineRun, startPipelineRun } from "@/db/queries/pipeline-runs";
import { fetchOneSource, listDueSourceIds } from "@/lib/pipeline/fetch-steps";

// Hourly: one step per due source (a failing source retries alone), then `jobs/fetched`.
export const fetchJobs = inngest.createFunction(
  { id: "fetch-jobs", triggers: [{ cron: CRON.fetchJobs }], retries: 2, concurrency: { limit: 1 } },
  async ({ step }) => {
    const runId = await step.run("start-run", async () => (await startPipelineRun("fetch", "inngest")).id);
    const sourceIds = await step.run("list-due-sources", () => listDueSourceIds());
    const totals = { sources: sourceIds.length, fetched: 0, new: 0, updated: 0, errors: 0 };
    for (const id of sourceIds) {
      try {
        const result = await step.run(`fetch-source-${id}`, () => fetchOneSource(id));
        if ("fetched" in result) {
          totals.fetched += result.fetched;
          totals.new += result.new;
          totals.updated += result.updated;
        }
      } catch {
        totals.errors += 1; // retries exhausted: recorded on the source; the others go on
      }
    }
    await step.run("finish-run", () => finishPipelineRun(runId, { status: "ok", counts: totals }));
    await step.sendEvent("emit-jobs-fetched", jobsFetched.create(totals));
    return totals;
  },
);
