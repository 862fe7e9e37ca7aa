import { getDbHandle } from "@/db";
import { countJobListings } from "@/db/queries/job-stats";
import { registerRunningApp } from "@/lib/embedded-app";
import { getEnv, getModes } from "@/lib/env";
import { ensureDemoSources } from "@/lib/jobs/seed-demo-sources";
import { log } from "@/lib/logger";
import { PIPELINE_JOBS } from "@/lib/pipeline/jobs";
import { startInProcessSchedule } from "@/lib/pipeline/schedule";

/**
 * Runs once when the Next server starts (instrumentation.ts): open + migrate
 * the database, add the demo sources, start the in-process schedule when no
 * Inngest is configured, and on a fresh database fetch jobs right away.
 */
export async function startServer() {
  const env = getEnv();
  const modes = getModes(env);
  const handle = await getDbHandle();
  if (handle.driver === "pglite") registerRunningApp();
  await ensureDemoSources();
  if (modes.scheduler === "in-process" && env.SCHEDULER_ENABLED) {
    startInProcessSchedule();
    if ((await countJobListings()) === 0) void bootstrapFreshDatabase();
  }
  log.info({ modes, port: env.PORT }, "JobMatch server started");
}

/** A new install should show jobs within a minute, not at the next hourly tick. */
async function bootstrapFreshDatabase() {
  const fetched = await PIPELINE_JOBS.fetch("startup");
  const scored = await PIPELINE_JOBS.score("startup");
  log.info({ fetch: fetched.status, score: scored.status }, "first start: fetched the job sources and scored matches");
}
