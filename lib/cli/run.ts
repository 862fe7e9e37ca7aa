import { closeDb } from "@/db";
import { findRunningApp } from "@/lib/embedded-app";
import { getEnv } from "@/lib/env";
import { runCliCommand } from "./commands";

/**
 * Run a CLI command against the configured database. In embedded mode with
 * the app running, the app owns the PGlite directory, so ask it to run the
 * command; otherwise run it here.
 */
export async function runCli(command: string, args: Record<string, unknown>): Promise<string[]> {
  const app = getEnv().DATABASE_URL ? null : findRunningApp();
  if (app) {
    const res = await fetch(`${app.url}/api/internal/cli`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${app.token}` },
      body: JSON.stringify({ command, args }),
    });
    const body = (await res.json().catch(() => ({}))) as { lines?: string[]; error?: { message: string } };
    if (!res.ok) throw new Error(body.error?.message ?? `The running app answered ${res.status}`);
    return body.lines ?? [];
  }
  try {
    return await runCliCommand(command, args);
  } finally {
    await closeDb();
  }
}

/** Shared main() for scripts: print lines, exit non-zero with a readable message on failure. */
export async function mainCli(command: string, args: Record<string, unknown>) {
  try {
    for (const line of await runCli(command, args)) console.log(line);
    process.exit(0);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`error: ${message}`);
    process.exit(1);
  }
}
