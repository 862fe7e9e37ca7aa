import { sql } from "drizzle-orm";
import { buildDigest } from "@/lib/digest/build-digest";
import { renderDigest } from "@/lib/digest/render";
import { scoreAllUsers } from "@/lib/matching/pipeline";
import { generateJobs, generateStudents, insertJobs, insertStudents } from "../data";
import { openBenchDb } from "../db";
import { BENCH_SEED, createRng } from "../rng";
import { type Row, repeat, summarize } from "../stats";

const STUDENTS = 100;
const NOW = new Date("2026-11-20T12:00:00Z");

/**
 * 4. Digest: 200 students scored against 2,000 jobs by the real pipeline,
 * then per run every student's digest built (select top jobs, market trends,
 * skill advice, summary, stored, web view rendered) and its email rendered —
 * everything but the send.
 */
export async function benchDigest(runs: number): Promise<Row[]> {
  const handle = await openBenchDb();
  try {
    const rng = createRng(BENCH_SEED + 4);
    await insertJobs(handle.db, await generateJobs(rng, 2000, new Date(NOW.getTime() - 3 * 3600_000), "digest"));
    const students = generateStudents(rng, STUDENTS, "digest-student");
    await insertStudents(handle.db, students);
    await scoreAllUsers({ now: NOW });
    await handle.db.execute(sql`analyze`);
    let withJobs = 0;
    const rates = await repeat(
      runs,
      async (run) => {
        const date = `2026-11-${String(20 + (run < 0 ? 0 : run + 1)).padStart(2, "0")}`;
        const t = performance.now();
        withJobs = 0;
        for (const s of students) {
          const { digest } = await buildDigest(s.user_id, date, { now: NOW });
          if (digest.top_jobs.length) withJobs++;
          await renderDigest(digest, { forEmail: true });
        }
        return students.length / ((performance.now() - t) / 1000);
      },
      1,
    );
    return [{ section: "4 digest", metric: `digests built + rendered (web + email), ${STUDENTS} students (${withJobs} with jobs)`, unit: "digests/s", summary: summarize(rates) }];
  } finally {
    await handle.close();
  }
}
