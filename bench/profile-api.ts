/**
 * Where a matches request spends its CPU: `next start` under node --cpu-prof,
 * BENCH_PROFILE_SECONDS (10) of autocannon at 20 connections on the data an
 * earlier `npm run bench -- api` left in DATABASE_URL, then the profile
 * summarised (bench/cpu-profile-summary.ts) over the load window only.
 *
 *   DATABASE_URL=postgres://…/perf_bench BENCH_APP_DIR=/tmp/perf-app npx tsx bench/profile-api.ts [key|session] [appDir]
 *
 * key: an admin API key over random students (as section 3); session: a
 * student's session cookie on their own matches.
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { openPostgres, setDbHandle } from "@/db";
import { rowsOf } from "@/db/queries/tx";
import { createAdmin } from "@/lib/admin/create-admin";
import { resetEnvCache } from "@/lib/env";
import { summarizeProfile } from "./cpu-profile-summary";
import { benchDatabaseUrl } from "./db";
import { APP_DIR, ensureBuild, startNext } from "./next-server";
import { copyStudent, signUp } from "./sections/pages";

const SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 10);

async function main() {
  const mode = (process.argv[2] ?? "key") as "key" | "session";
  const appDir = process.argv[3] ?? APP_DIR;
  if (appDir === APP_DIR) await ensureBuild((line) => console.log(line));
  const url = benchDatabaseUrl();
  if (!url) throw new Error("set DATABASE_URL to the database an earlier `npm run bench -- api` loaded");
  process.env.BETTER_AUTH_SECRET ??= "jobmatch-bench-only-secret-0123456789abcdef";
  resetEnvCache();
  const handle = await openPostgres(url, { max: 2 });
  setDbHandle(handle);
  const ids = rowsOf<{ user_id: string }>(await handle.db.execute(sql`select user_id from user_profiles where user_id like 'api-student-%' order by id`)).map((r) => r.user_id);
  if (ids.length === 0) throw new Error("no bench students: run `npm run bench -- api` first");
  const dir = path.join(process.env.TMPDIR ?? "/tmp", `jobmatch-cpuprof-${mode}-${path.basename(appDir)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = { DATABASE_URL: url, LOG_LEVEL: "warn", BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET!, DATA_DIR: path.join(appDir, ".data"), SCHEDULER_ENABLED: "false" };
  const server = await startNext(env, { appDir, nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
  let requests = 0;
  let window = { fromUs: 0, toUs: 0 };
  try {
    let headers: Record<string, string>;
    let paths: () => string;
    if (mode === "key") {
      headers = { authorization: `Bearer ${(await createAdmin({ email: "bench-admin@example.test" })).apiKey}` };
      paths = () => `/api/v1/profiles/matches/${ids[Math.floor(Math.random() * ids.length)]}`;
    } else {
      const student = await signUp(server.url, `profile-student-${Date.now()}@example.test`);
      await copyStudent(handle, ids[7], student.userId);
      headers = { cookie: student.cookie };
      paths = () => `/api/v1/profiles/matches/${student.userId}`;
    }
    const run = (seconds: number) =>
      autocannon({ url: server.url, connections: 20, duration: seconds, headers, requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths() }) }] });
    await run(3); // warm-up
    const from = process.hrtime.bigint();
    const result = await run(SECONDS);
    window = { fromUs: Number(from / 1000n), toUs: Number(process.hrtime.bigint() / 1000n) };
    requests = result.requests.total;
    console.log(`${mode}: ${requests} requests in ${SECONDS} s (${(requests / SECONDS).toFixed(0)} req/s), p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, non-2xx ${result.non2xx}`);
  } finally {
    await server.stop();
    await handle.close();
  }
  await new Promise((r) => setTimeout(r, 500));
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${dir} (did the server exit cleanly?)`);
  console.log(summarizeProfile(path.join(dir, file), requests, window));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
