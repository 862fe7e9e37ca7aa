import { z } from "zod";
import { PIPELINE_JOBS, type PipelineJobName } from "./jobs";

export const pipelineArgsSchema = z.object({
  job: z.enum(["fetch", "score", "refine", "batches", "digest", "cleanup", "all"], {
    error: "the job must be one of fetch, score, refine, batches, digest, cleanup, all",
  }),
  user: z.string().min(1).max(100).optional(),
});

const ORDER: PipelineJobName[] = ["fetch", "score", "refine", "digest", "cleanup"];

/** `npm run pipeline -- <job>`: run jobs once and say what they did. */
export async function runPipelineFromCli(args: z.infer<typeof pipelineArgsSchema>): Promise<string[]> {
  const jobs = args.job === "all" ? ORDER : ([args.job] as PipelineJobName[]);
  const lines: string[] = [];
  for (const name of jobs) {
    const run = PIPELINE_JOBS[name as PipelineJobName];
    if (!run) {
      lines.push(`${name}: not available yet`);
      continue;
    }
    const started = Date.now();
    const outcome = await run("cli", { userId: args.user });
    const secs = ((Date.now() - started) / 1000).toFixed(2);
    if (outcome.status === "ok") lines.push(`${name}: ok in ${secs}s ${JSON.stringify(summarize(outcome.result))}`);
    else if (outcome.status === "skipped") lines.push(`${name}: skipped (${outcome.reason})`);
    else throw new Error(`${name} failed: ${outcome.error}`);
  }
  return lines;
}

function summarize(result: unknown): unknown {
  if (result && typeof result === "object" && "totals" in result) return (result as { totals: unknown }).totals;
  return result;
}
