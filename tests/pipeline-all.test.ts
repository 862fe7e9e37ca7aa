import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { countPipelineRuns } from "@/db/queries/pipeline-runs";
import { dailyDigests, emailOutbox, jobListings, jobScores, pipelineRuns } from "@/db/schema";
import { ensureDemoSources } from "@/lib/jobs/seed-demo-sources";
import { runPipelineFromCli } from "@/lib/pipeline/cli";
import { PIPELINE_JOBS } from "@/lib/pipeline/jobs";
import { seedSyntheticStudents } from "@/lib/seed/synthetic-students";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

async function counts() {
  const db = await getDb();
  const n = async (table: typeof jobScores | typeof dailyDigests | typeof emailOutbox | typeof jobListings) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;
  return { listings: await n(jobListings), scores: await n(jobScores), digests: await n(dailyDigests), emails: await n(emailOutbox) };
}

describe(`npm run pipeline -- all (${testDriver})`, () => {
  it("fetches, scores, sends digests and cleans up; a second run creates no duplicate scores, digests or emails", async () => {
    await ensureDemoSources({ enabled: true }); // on Postgres they ship disabled
    await seedSyntheticStudents(8);
    const first = await runPipelineFromCli({ job: "all" });
    expect(first.map((l) => l.split(":")[0])).toEqual(["fetch", "score", "refine", "digest", "cleanup"]);
    expect(first.every((l) => /: ok in /.test(l))).toBe(true);
    const after1 = await counts();
    expect(after1.listings).toBeGreaterThanOrEqual(100);
    expect(after1.scores).toBeGreaterThan(0);
    expect(after1.digests).toBeGreaterThan(0);
    expect(after1.emails).toBeGreaterThan(0);

    const second = await runPipelineFromCli({ job: "all" });
    expect(second.every((l) => /: ok in /.test(l))).toBe(true);
    expect(await counts()).toEqual(after1);

    // Every email is one digest's, and each digest went out once.
    const db = await getDb();
    const keys = await db.select({ key: emailOutbox.idempotency_key }).from(emailOutbox);
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
    expect(keys.every((k) => k.key.startsWith("digest/"))).toBe(true);
    expect(await countPipelineRuns("score")).toBe(2);
  });

  it("the same job never runs twice at once in one process", async () => {
    const [a, b] = await Promise.all([PIPELINE_JOBS.cleanup("cli"), PIPELINE_JOBS.cleanup("cli")]);
    expect([a.status, b.status].sort()).toEqual(["ok", "skipped"]);
    const db = await getDb();
    const runs = await db.select().from(pipelineRuns).where(sql`${pipelineRuns.kind} = 'cleanup'`);
    expect(runs.every((r) => r.status === "ok")).toBe(true);
  });
});
