import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { type DbHandle, openPostgres, setDbHandle } from "@/db";
import { createAdmin } from "@/lib/admin/create-admin";
import { resetEnvCache } from "@/lib/env";
import { rowsOf } from "@/db/queries/tx";
import { generateJobs, generateStudents, insertJobs, insertStudents } from "../data";
import { benchDatabaseUrl, createThrowawayDb, resetTables } from "../db";
import { APP_DIR, ensureBuild, type NextServer, startBareServer, startNext } from "../next-server";
import { BENCH_SEED, createRng, type Rng } from "../rng";
import { quantile, type Row, summarize } from "../stats";
import { benchPages } from "./pages";

const STUDENTS = Number(process.env.BENCH_API_STUDENTS ?? 10_000);
const SCORES_PER_STUDENT = 100; // 1,000,000 rows with 10,000 students
const JOBS = 2000;
// "none": only the pages' TTFB.
const CONNECTIONS = (process.env.BENCH_API_CONNECTIONS ?? "20,50").split(",").filter((c) => c !== "none").map(Number);
const DURATION_S = Number(process.env.BENCH_API_SECONDS ?? 15);
const log = (line: string) => console.log(`  [api] ${line}`);

// 1M rows in one statement: each student gets 100 distinct jobs (stride 17 mod 2,000) and a spread of scores.
const SEED_SCORES = sql.raw(`
  insert into job_scores (user_id, job_id, compatibility_score, confidence_score, ai_reasoning, match_factors, mismatch_factors,
    skills_match_score, experience_match_score, location_match_score, salary_match_score, culture_match_score, scored_at, score_version, scoring_method, rules_score)
  select p.user_id, j0.min_id + ((p.id * 131 + k * 17) % ${JOBS}), sc, 0.8,
    'Good match (' || round(sc) || '/100) for this role. In its favour: Python and SQL required — all on your resume; Entry-level role — right for a new grad. Against it: In Austin, TX — would mean relocating. Scored by rules from your profile (local mode); 80% of the facts it rests on were known.',
    '["Python and SQL required — all on your resume","Entry-level role — right for a new grad","Remote, open worldwide"]'::jsonb,
    '["Missing 1 of 4 required skills: Docker"]'::jsonb,
    sc, 70, 80, 100, 50, now() - (k || ' minutes')::interval, '1.0', 'rules', sc
  from user_profiles p
  cross join generate_series(0, ${SCORES_PER_STUDENT - 1}) as k
  cross join (select min(id) as min_id from job_listings) as j0
  cross join lateral (select 30 + ((p.id * 7919 + k * 104729) % 7000) / 100.0 as sc) as s`);

type Target = { name: "app" | "floor" | "before"; label: string; server: NextServer };
type Load = { p50: number; p95: number; p99: number; rps: number; non2xx: number; errors: number };

/**
 * 3. Matches API under load: 10,000 students and 1,000,000 stored scores in
 * Postgres; `next start` against it and, in the same run, the bare node:http
 * floor (bench/bare-server.ts: the same API-key check, query and
 * serialisation without Next). autocannon at 20 and 50 connections
 * (BENCH_API_CONNECTIONS), BENCH_API_SECONDS per run, over random student ids
 * with an admin API key; the servers take turns within each run. Then the
 * matches and digest pages' time to first byte (./pages.ts).
 *
 * BENCH_API_REUSE=1 keeps a database already loaded by an earlier run (the
 * load takes a minute or more). BENCH_BEFORE_APP_DIR=<a built copy of an
 * older commit> measures that build too, on the same data in the same run.
 */
export async function benchApi(runs: number): Promise<Row[]> {
  let url = benchDatabaseUrl();
  if (!url) {
    url = await createThrowawayDb("jobmatch_bench_api");
    if (!url) return [{ section: "3 api", metric: "matches API", unit: "", value: "skipped: needs PostgreSQL (no DATABASE_URL and nothing on 127.0.0.1:5432)" }];
    log(`no DATABASE_URL: created the throwaway database ${new URL(url).pathname.slice(1)} on 127.0.0.1`);
  }
  await ensureBuild(log);
  // One secret for this process (createAdmin) and the servers, so none writes a secret file into a data dir.
  process.env.BETTER_AUTH_SECRET ??= "jobmatch-bench-only-secret-0123456789abcdef";
  resetEnvCache();
  const handle = await openPostgres(url, { max: 4 });
  setDbHandle(handle);
  const rows: Row[] = [];
  const servers: NextServer[] = [];
  try {
    const ids = await loadData(handle);
    rows.push(await explainMatchesQuery(ids[42]));
    const { apiKey } = await createAdmin({ email: "bench-admin@example.test" });

    // No in-process schedule: an hourly scoring run of 10,000 students inside a server under test would skew its numbers.
    const env = { DATABASE_URL: url, LOG_LEVEL: "warn", BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET!, DATA_DIR: path.join(APP_DIR, ".data"), SCHEDULER_ENABLED: "false" };
    const targets: Target[] = [];
    const start = async (name: Target["name"], label: string, server: Promise<NextServer>) => {
      const s = await server;
      servers.push(s);
      targets.push({ name, label, server: s });
    };
    await start("floor", "bare node:http floor", startBareServer(env));
    await start("app", "app (next start)", startNext(env));
    const before = process.env.BENCH_BEFORE_APP_DIR;
    if (before) await start("before", `before (${path.basename(before)})`, startNext(env, { appDir: before }));

    for (const connections of CONNECTIONS) {
      for (const t of targets) await load(t.server.url, apiKey, ids, connections, 2, createRng(1)); // warm-up: JIT, pools, plan cache
      const results = new Map<Target["name"], Load[]>(targets.map((t) => [t.name, []]));
      // Taking turns within each run: a burst of load from the neighbours hits every target alike.
      for (let r = 0; r < runs; r++) {
        for (const t of targets) results.get(t.name)!.push(await load(t.server.url, apiKey, ids, connections, DURATION_S, createRng(BENCH_SEED + r)));
      }
      const loadAvg = os.loadavg()[0].toFixed(2);
      for (const t of targets) rows.push(...loadRows(t, results.get(t.name)!, connections, loadAvg));
      const app = results.get("app")!;
      const floor = results.get("floor")!;
      const ratio = (f: (x: Load) => number) => summarize(app.map((x, i) => f(x) / f(floor[i])));
      rows.push(
        { section: "3 api", metric: `app / floor p95, ${connections} conns`, unit: "×", summary: ratio((x) => x.p95), target: "≤ 2", met: ratio((x) => x.p95).median <= 2 },
        { section: "3 api", metric: `floor / app throughput, ${connections} conns`, unit: "×", summary: summarize(app.map((x, i) => floor[i].rps / x.rps)), target: "≤ 2" },
      );
    }
    rows.push(...(await benchPages(targets.filter((t) => t.name !== "floor"), handle, ids[7])));
  } finally {
    for (const s of servers) await s.stop();
    await handle.close();
    setDbHandle(undefined);
  }
  return rows;
}

function loadRows(t: Target, results: Load[], connections: number, loadAvg: string): Row[] {
  const p95 = summarize(results.map((x) => x.p95));
  const rps = summarize(results.map((x) => x.rps));
  const goal = t.name !== "floor";
  const out: Row[] = [
    { section: "3 api", metric: `${t.label}: p50, ${connections} conns, ${DURATION_S} s/run (load ${loadAvg})`, unit: "ms", summary: summarize(results.map((x) => x.p50)) },
    { section: "3 api", metric: `${t.label}: p95, ${connections} conns`, unit: "ms", summary: p95, ...(goal && connections === 20 ? { target: "< 50", met: p95.median < 50 } : {}) },
    { section: "3 api", metric: `${t.label}: p99, ${connections} conns`, unit: "ms", summary: summarize(results.map((x) => x.p99)) },
    { section: "3 api", metric: `${t.label}: throughput, ${connections} conns`, unit: "req/s", summary: rps, ...(goal && connections === 20 ? { target: "≥ 800", met: rps.median >= 800 } : {}) },
  ];
  const bad = results.reduce((a, x) => a + x.non2xx + x.errors, 0);
  if (bad) out.push({ section: "3 api", metric: `${t.label}: non-2xx responses or errors (should be 0)`, unit: "", value: String(bad) });
  return out;
}

/** 10,000 students with 100 scores each, or (BENCH_API_REUSE=1) the ones an earlier run left; returns the student ids. */
async function loadData(handle: DbHandle): Promise<string[]> {
  const expected = STUDENTS * SCORES_PER_STUDENT;
  if (process.env.BENCH_API_REUSE === "1") {
    const [{ n }] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from job_scores where user_id like 'api-student-%'`));
    if (n === expected) {
      const ids = rowsOf<{ user_id: string }>(await handle.db.execute(sql`select user_id from user_profiles where user_id like 'api-student-%' order by id`)).map((r) => r.user_id);
      log(`reusing ${ids.length} students and ${n.toLocaleString("en-US")} scores from an earlier run (BENCH_API_REUSE=1)`);
      return ids;
    }
    log(`BENCH_API_REUSE=1 but found ${n} bench scores, not ${expected}: loading afresh`);
  }
  await resetTables(handle);
  const t = performance.now();
  const rng = createRng(BENCH_SEED + 3);
  await insertJobs(handle.db, await generateJobs(rng, JOBS, new Date(), "api"));
  const students = generateStudents(rng, STUDENTS, "api-student");
  await insertStudents(handle.db, students);
  await handle.db.execute(SEED_SCORES);
  await handle.db.execute(sql`analyze`);
  const [{ n }] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from job_scores`));
  log(`loaded ${STUDENTS} students, ${JOBS} jobs and ${n.toLocaleString("en-US")} scores in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return students.map((s) => s.user_id);
}

export async function load(base: string, key: string, ids: string[], connections: number, seconds: number, rng: Rng): Promise<Load> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${key}` },
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: `/api/v1/profiles/matches/${rng.pick(ids)}` }) }],
  });
  instance.on("response", (_c, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), p99: quantile(latencies, 0.99), rps: result.requests.total / (result.duration || seconds), non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/** The list query's plan on 1M rows: it must walk job_scores_user_score_idx, not sort the student's rows. */
async function explainMatchesQuery(userId: string): Promise<Row> {
  const handle = await import("@/db").then((m) => m.getDbHandle());
  const plan = rowsOf<{ "QUERY PLAN": string }>(
    await handle.db.execute(sql`explain analyze select s.id, s.compatibility_score, j.title, count(*) over () from job_scores s join job_listings j on j.id = s.job_id
      where s.user_id = ${userId} and s.compatibility_score >= (select min_score_threshold from user_profiles where user_id = ${userId}) and j.status = 'open' and s.hidden = false
      order by s.compatibility_score desc, s.id desc limit 10 offset 0`),
  ).map((r) => r["QUERY PLAN"]);
  const text = plan.join("\n");
  const index = /job_scores_user_\w+/.exec(text)?.[0] ?? "no index";
  const ms = /Execution Time: ([\d.]+)/.exec(text)?.[1] ?? "?";
  return { section: "3 api", metric: `list query plan on 1M rows (EXPLAIN ANALYZE)`, unit: "", value: `${index}, ${ms} ms` };
}
