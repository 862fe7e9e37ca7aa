import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getDataDir } from "@/lib/data-dir";
import { getEnv } from "@/lib/env";

/**
 * PGlite allows one process per data directory, so in embedded mode the
 * running app owns the database and command-line tools ask it to do their
 * work: the app writes `app.json` (pid, port, a random token; mode 0600) into
 * DATA_DIR, and the CLI posts its command to /api/internal/cli with that token.
 */
type AppFile = { pid: number; port: number; token: string; started_at: string };

const FILE = "app.json";
const store = globalThis as unknown as { __jobmatchAppToken?: string };

export function registerRunningApp(): void {
  const token = randomBytes(24).toString("hex");
  const file = path.join(getDataDir(), FILE);
  const body: AppFile = { pid: process.pid, port: getEnv().PORT, token, started_at: new Date().toISOString() };
  writeFileSync(file, JSON.stringify(body), { mode: 0o600 });
  store.__jobmatchAppToken = token;
  process.once("exit", () => {
    try {
      if ((JSON.parse(readFileSync(file, "utf8")) as AppFile).pid === process.pid) rmSync(file);
    } catch {}
  });
}

export function findRunningApp(): { url: string; token: string; pid: number } | null {
  try {
    const app = JSON.parse(readFileSync(path.join(getDataDir(), FILE), "utf8")) as AppFile;
    if (app.pid === process.pid) return null;
    process.kill(app.pid, 0); // throws when the process is gone
    return { url: `http://127.0.0.1:${app.port}`, token: app.token, pid: app.pid };
  } catch {
    return null;
  }
}

export function isValidCliToken(candidate: string | null): boolean {
  const expected = store.__jobmatchAppToken;
  if (!expected || !candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
