import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { createServer } from "node:net";
import path from "node:path";

/**
 * `next start` for the API section, from a private copy of the tree
 * (os.tmpdir()/jobmatch-bench-app, node_modules hard-linked) so the bench never
 * fights other builds or a `next dev` over `.next`. The copy is rebuilt only
 * when a source is newer than its last build (scripts/start.mjs logic).
 */
const ROOT = process.cwd();
export const APP_DIR = process.env.BENCH_APP_DIR ?? path.join(os.tmpdir(), "jobmatch-bench-app");
// Next from the copy's own node_modules: Next from ROOT would pair its React with the copy's React (two Reacts).
const nextBin = (appDir: string) => path.join(appDir, "node_modules", "next", "dist", "bin", "next");
const NEXT_BIN = nextBin(APP_DIR);
const SOURCES = ["app", "components", "lib", "db", "emails", "inngest", "public", "instrumentation.ts", "proxy.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", ".next", ".data"]);

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export async function ensureBuild(log: (line: string) => void): Promise<void> {
  const buildId = path.join(APP_DIR, ".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built && !SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built)) return log(`reusing the up-to-date build in ${APP_DIR}`);
  log(`copying the tree to ${APP_DIR} and building it (next build, 1–3 min)`);
  mkdirSync(APP_DIR, { recursive: true });
  const sync = spawnSync("rsync", ["-a", "--delete", "--exclude=/node_modules", "--exclude=/.next", "--exclude=/.data", "--exclude=/.git", "--exclude=/test-results", "--exclude=/bench", `${ROOT}/`, `${APP_DIR}/`], { stdio: "inherit" });
  if (sync.status !== 0) throw new Error("rsync of the source tree failed");
  // Turbopack refuses a node_modules symlinked from outside its root: hard links (same filesystem) are real files, and quick.
  const modules = path.join(APP_DIR, "node_modules");
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) rmSync(modules);
  if (!existsSync(modules) && spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), modules], { stdio: "inherit" }).status !== 0) {
    throw new Error("could not hard-link node_modules into the build copy");
  }
  const build = () => spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: APP_DIR, stdio: ["ignore", "pipe", "pipe"], env: cleanEnv({}), maxBuffer: 64 * 1024 * 1024 });
  let result = build();
  if (result.status !== 0) {
    log("next build failed; retrying once from a clean .next");
    rmSync(path.join(APP_DIR, ".next"), { recursive: true, force: true });
    result = build();
  }
  if (result.status !== 0) {
    rmSync(path.join(APP_DIR, ".next", "BUILD_ID"), { force: true }); // a failed build may leave one behind
    process.stderr.write(result.stderr?.toString().slice(-4000) ?? "");
    throw new Error(`next build failed (${result.status})`);
  }
}

/**
 * A plain environment for Next: the variables npm and tsx add to this process
 * (npm_*, loader hooks) break `next build`'s prerendering, and none of the
 * app's own settings should leak in from the bench either.
 */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "TMPDIR", "LANG", "TZ"];
  const env: Record<string, string | undefined> = { NEXT_TELEMETRY_DISABLED: "1" };
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k];
  return { ...env, ...extra } as NodeJS.ProcessEnv;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export type NextServer = { url: string; stop: () => Promise<void> };

/**
 * `next start` from APP_DIR (or another built copy, e.g. an older commit's for
 * a before/after run); `nodeArgs` go to node itself (e.g. --cpu-prof).
 */
export async function startNext(env: Record<string, string>, { appDir = APP_DIR, nodeArgs = [] }: { appDir?: string; nodeArgs?: string[] } = {}): Promise<NextServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, nextBin(appDir), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    env: cleanEnv({ ...env, NODE_ENV: "production", PORT: String(port) }),
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return waitForServer(child, port, "next start");
}

/** The bare node:http floor (bench/bare-server.ts) from this tree, through tsx. */
export async function startBareServer(env: Record<string, string>): Promise<NextServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "bare-server.ts")], {
    cwd: ROOT,
    env: cleanEnv({ ...env, NODE_ENV: "production", PORT: String(port) }),
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return waitForServer(child, port, "the bare server");
}

async function waitForServer(child: ChildProcess, port: number, what: string): Promise<NextServer> {
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status < 500) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${what} did not answer /api/health within 60 s`);
}
