import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db";
import { listRecentOpenJobs } from "@/db/queries/job-scores";
import { listActiveProfiles } from "@/db/queries/scoring-profiles";
import { buildJobFeatures, buildProfileFeatures } from "@/lib/matching/features";
import { rulesPass } from "@/lib/matching/candidates";
import { attachLexicalQuery, buildLexicalIndex } from "@/lib/matching/lexical";
import { scoreAllUsers } from "@/lib/matching/pipeline";
import { generateJobs, generateStudents, insertJobs, insertStudents } from "../data";
import { openBenchDb } from "../db";
import { createRng, BENCH_SEED } from "../rng";
import { type Row, repeat, sampleRss, summarize } from "../stats";

const JOBS = 2000;
const NOW = new Date("2026-11-20T12:00:00Z");

async function seed(handle: DbHandle, students: number): Promise<void> {
  const rng = createRng(BENCH_SEED);
  await insertJobs(handle.db, await generateJobs(rng, JOBS, new Date(NOW.getTime() - 30 * 60_000), "score"));
  await insertStudents(handle.db, generateStudents(rng, students, "bench-student"));
  await handle.db.execute(sql`analyze`);
}

/** One hourly run from scratch (no pair scored yet): wall time, peak RSS, stored rows. */
async function timedRuns(handle: DbHandle, runs: number) {
  return repeat(runs, async () => {
    // truncate, not delete: repeated deletes of ~10^5 rows leave dead tuples that slow the next run's inserts.
    await handle.db.execute(sql`truncate job_scores`);
    global.gc?.();
    const baseMb = process.memoryUsage().rss / 1024 / 1024;
    const stop = sampleRss();
    const r = await scoreAllUsers({ now: NOW });
    const peakMb = stop();
    if (r.errors) throw new Error(`scoring run had ${r.errors} errors`);
    return { seconds: r.duration_ms / 1000, peakMb, growthMb: peakMb - baseMb, stored: r.stored, pairs: r.candidates, load: r.load_ms, score: r.score_ms, store: r.store_ms };
  });
}

/**
 * 2. Filter + score. Pairs/s is the pure CPU loop (gates + rules + lexical for
 * every pair, features prebuilt, one thread) over the stored students and
 * jobs; the hourly run is scoreAllUsers end to end (load, score, explain,
 * upsert) with every pair new; scaling repeats it for 100 and 10,000 students.
 */
export async function benchScore(runs: number, scaleRuns: number): Promise<Row[]> {
  const rows: Row[] = [];
  const bySize = new Map<number, number>();
  for (const students of [1000, 100, 10_000]) {
    const handle = await openBenchDb();
    try {
      await seed(handle, students);
      if (students === 1000) {
        const jobs = await listRecentOpenJobs(new Date(0), 100_000);
        const jfs = jobs.map(buildJobFeatures);
        // As the hourly run does: one lexical index (IDF) over the window's jobs, one query per student.
        const lexical = buildLexicalIndex(jobs, jfs);
        const pfs = (await listActiveProfiles()).map((p) => {
          const pf = buildProfileFeatures(p);
          attachLexicalQuery(pf, p, lexical);
          return pf;
        });
        const pairRates = await repeat(runs, async () => {
          const t = performance.now();
          let kept = 0;
          for (const pf of pfs) kept += rulesPass(pf, jfs, 0).kept.length;
          if (kept < 0) throw new Error("unreachable");
          return (pfs.length * jfs.length) / ((performance.now() - t) / 1000);
        }, 1);
        const rate = summarize(pairRates);
        rows.push({ section: "2 score", metric: `filter + score (rules + lexical), ${pfs.length} × ${jfs.length} pairs, 1 thread`, unit: "pairs/s", summary: rate, target: "≥ 1,000,000", met: rate.median >= 1_000_000 });
        const results = await timedRuns(handle, runs);
        const wall = summarize(results.map((r) => r.seconds));
        bySize.set(students, wall.median);
        const r0 = results[0];
        rows.push({ section: "2 score", metric: `hourly run 1,000 × 2,000 (${r0.pairs.toLocaleString("en-US")} pairs, ${r0.stored.toLocaleString("en-US")} stored)`, unit: "s", summary: wall, target: "< 10", met: wall.median < 10 });
        rows.push({ section: "2 score", metric: "  of which load / score+explain / store (summed, overlaps)", unit: "ms", value: `${median(results.map((r) => r.load))} / ${median(results.map((r) => r.score))} / ${median(results.map((r) => r.store))}` });
        rows.push({ section: "2 score", metric: "hourly run 1,000 × 2,000 peak RSS (process)", unit: "MiB", summary: summarize(results.map((r) => r.peakMb)) });
        rows.push({ section: "2 score", metric: "hourly run 1,000 × 2,000 RSS growth during the run", unit: "MiB", summary: summarize(results.map((r) => r.growthMb)) });
      } else {
        const results = await timedRuns(handle, scaleRuns);
        const wall = summarize(results.map((r) => r.seconds));
        bySize.set(students, wall.median);
        rows.push({ section: "2 score", metric: `hourly run ${students.toLocaleString("en-US")} × 2,000 (${results[0].stored.toLocaleString("en-US")} stored)`, unit: "s", summary: wall });
        rows.push({ section: "2 score", metric: `hourly run ${students.toLocaleString("en-US")} × 2,000 peak RSS (process) / growth`, unit: "MiB", value: `${Math.round(summarize(results.map((r) => r.peakMb)).median)} / ${Math.round(summarize(results.map((r) => r.growthMb)).median)}` });
      }
    } finally {
      await handle.close();
    }
  }
  const t100 = bySize.get(100)!, t1k = bySize.get(1000)!, t10k = bySize.get(10_000)!;
  const worst = Math.max(t1k / t100 / 10, t10k / t1k / 10);
  rows.push({
    section: "2 score",
    metric: `growth 100 → 1,000 → 10,000 students: ×${(t1k / t100).toFixed(1)}, ×${(t10k / t1k).toFixed(1)} (linear = ×10)`,
    unit: "worst/linear",
    value: worst.toFixed(2),
    target: "≤ 1 (no worse than linear)",
    met: worst <= 1,
  });
  return rows;
}

const median = (v: number[]) => Math.round(summarize(v).median);
