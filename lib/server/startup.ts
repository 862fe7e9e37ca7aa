import { getDbHandle } from "@/db";
import { registerRunningApp } from "@/lib/embedded-app";
import { getEnv, getModes } from "@/lib/env";
import { log } from "@/lib/logger";

/** Runs once when the Next server starts (instrumentation.ts): open + migrate the database. */
export async function startServer() {
  const env = getEnv();
  const handle = await getDbHandle();
  if (handle.driver === "pglite") registerRunningApp();
  log.info({ modes: getModes(env), port: env.PORT }, "JobMatch server started");
}
