import { Cron } from "croner";
import { CRON } from "@/inngest/events";
import { log } from "@/lib/logger";
import { PIPELINE_JOBS, type PipelineJobName } from "./jobs";

/**
 * Embedded mode: the same crons as the Inngest functions, in-process (croner),
 * started from instrumentation.ts when no Inngest is configured. Each run
 * takes the job's lock, so overlapping ticks or a second app process on the
 * same Postgres never run a job twice at once.
 */
const SCHEDULE: Array<[PipelineJobName, string]> = [
  ["fetch", CRON.fetchJobs],
  ["score", CRON.scoreAllUsers],
  ["refine", CRON.refineDueUsers],
  ["batches", CRON.pollAiBatches],
  ["digest", CRON.sendDigests],
  ["cleanup", CRON.cleanup],
];

const store = globalThis as unknown as { __jobmatchCrons?: Cron[] };

function toCronPattern(inngestCron: string) {
  return inngestCron.replace(/^TZ=\S+\s+/, "");
}

export function startInProcessSchedule(): Cron[] {
  if (store.__jobmatchCrons) return store.__jobmatchCrons;
  store.__jobmatchCrons = SCHEDULE.map(
    ([name, cron]) =>
      new Cron(toCronPattern(cron), { timezone: "UTC", protect: true, name }, async () => {
        const outcome = await PIPELINE_JOBS[name]("cron");
        if (outcome.status === "skipped") log.info({ job: name }, "scheduled run skipped: already running");
      }),
  );
  log.info({ jobs: SCHEDULE.map(([n, c]) => `${n} ${toCronPattern(c)}`) }, "in-process schedule started");
  return store.__jobmatchCrons;
}

export function stopInProcessSchedule() {
  for (const job of store.__jobmatchCrons ?? []) job.stop();
  store.__jobmatchCrons = undefined;
}

export function describeSchedule() {
  return (store.__jobmatchCrons ?? []).map((c) => ({ name: c.name, next_run: c.nextRun()?.toISOString() ?? null }));
}
