import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { openPostgres, setDbHandle } from "@/db";
import { createAdmin } from "@/lib/admin/create-admin";
import { resetEnvCache } from "@/lib/env";
import { rowsOf } from "@/db/queries/tx";
import { generateJobs, generateStudents, insertJobs, insertStudents } from "../data";
import { benchDatabaseUrl, createThrowawayDb, resetTables } from "../db";
import { APP_DIR, ensureBuild, startNext } from "../next-server";
import { BENCH_SEED, createRng } from "../rng";
import { quantile, type Row, summarize } from "../stats";

const STUDENTS = 10_000;
const SCORES_PER_STUDENT = 100; // 1,000,000 rows
const JOBS = 2000;
const CONNECTIONS = 50;
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

/**
 * 3. Matches API under load: 10,000 students and 1,000,000 stored scores in
 * Postgres, `next start` against it, autocannon with 50 connections for 15 s
 * per run over random student ids with an admin API key (the auth path a
 * student's own key takes too: verify key, load user, owner-or-admin check).
 */
export async function benchApi(runs: number): Promise<Row[]> {
  let url = benchDatabaseUrl();
  if (!url) {
    url = await createThrowawayDb("jobmatch_bench_api");
    if (!url) return [{ section: "3 api", metric: "matches API", unit: "", value: "skipped: needs PostgreSQL (no DATABASE_URL and nothing on 127.0.0.1:5432)" }];
    log(`no DATABASE_URL: created the throwaway database ${new URL(url).pathname.slice(1)} on 127.0.0.1`);
  }
  await ensureBuild(log);
  // One secret for this process (createAdmin) and the server, so neither writes a secret file into a data dir.
  process.env.BETTER_AUTH_SECRET ??= "jobmatch-bench-only-secret-0123456789abcdef";
  resetEnvCache();
  const handle = await openPostgres(url, { max: 4 });
  setDbHandle(handle);
  const rows: Row[] = [];
  try {
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
    rows.push(await explainMatchesQuery(students[42].user_id));
    const { apiKey } = await createAdmin({ email: "bench-admin@example.test" });

    const server = await startNext({ DATABASE_URL: url, LOG_LEVEL: "warn", BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET!, DATA_DIR: path.join(APP_DIR, ".data") });
    try {
      const ids = students.map((s) => s.user_id);
      await load(server.url, apiKey, ids, 3, createRng(1)); // warm-up: JIT, connection pool, plan cache
      const results = [];
      for (let r = 0; r < runs; r++) results.push(await load(server.url, apiKey, ids, DURATION_S, createRng(BENCH_SEED + r)));
      const p95 = summarize(results.map((x) => x.p95));
      rows.push(
        { section: "3 api", metric: `GET matches/{user_id} p50, ${CONNECTIONS} conns, ${DURATION_S} s/run`, unit: "ms", summary: summarize(results.map((x) => x.p50)) },
        { section: "3 api", metric: "GET matches/{user_id} p95", unit: "ms", summary: p95, target: "< 50", met: p95.median < 50 },
        { section: "3 api", metric: "GET matches/{user_id} p99", unit: "ms", summary: summarize(results.map((x) => x.p99)) },
        { section: "3 api", metric: "GET matches/{user_id} throughput", unit: "req/s", summary: summarize(results.map((x) => x.rps)) },
      );
      const bad = results.reduce((a, x) => a + x.non2xx + x.errors, 0);
      if (bad) rows.push({ section: "3 api", metric: "non-2xx responses or errors (should be 0)", unit: "", value: String(bad) });
    } finally {
      await server.stop();
    }
  } finally {
    await handle.close();
    setDbHandle(undefined);
  }
  return rows;
}

async function load(base: string, key: string, ids: string[], seconds: number, rng: ReturnType<typeof createRng>) {
  const latencies: number[] = [];
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
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
    await handle.db.execute(sql`explain analyze select s.*, j.* from job_scores s join job_listings j on j.id = s.job_id
      where s.user_id = ${userId} and s.compatibility_score >= 60 and j.status = 'open' and s.hidden = false
      order by s.compatibility_score desc, s.id desc limit 20 offset 0`),
  ).map((r) => r["QUERY PLAN"]);
  const text = plan.join("\n");
  const index = /job_scores_user_\w+/.exec(text)?.[0] ?? "no index";
  const ms = /Execution Time: ([\d.]+)/.exec(text)?.[1] ?? "?";
  return { section: "3 api", metric: `list query plan on 1M rows (EXPLAIN ANALYZE)`, unit: "", value: `${index}, ${ms} ms` };
}
