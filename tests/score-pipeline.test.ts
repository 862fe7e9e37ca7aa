import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { jobScores } from "@/db/schema";
import { recordFeedback } from "@/lib/matching/feedback-actions";
import { scoreUser } from "@/lib/matching/pipeline";
import { testDriver, useTestDb } from "@/tests/db";
import { insertJobs, seedProfile, typicalJobs } from "@/tests/matching-seed";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const NOW = new Date();
let restoreEnv: () => void;

async function rowsFor(userId: string) {
  const db = await getDb();
  return db.select().from(jobScores).where(eq(jobScores.user_id, userId)).orderBy(jobScores.job_id);
}

beforeAll(() => {
  restoreEnv = setOpenAiEnv(null);
  return () => restoreEnv();
});

describe(`scoring pipeline, rules mode (${testDriver})`, () => {
  let jobs: Awaited<ReturnType<typeof insertJobs>>;
  const byTitle = (title: string) => jobs.find((j) => j.title === title)!;

  beforeAll(async () => {
    jobs = await insertJobs(Object.values(typicalJobs(NOW)));
  });

  it("gates, scores and stores what reaches the threshold, plus the best min_per_run below it", async () => {
    await seedProfile("p-one");
    const result = await scoreUser("p-one", { now: NOW });
    // Four jobs pass the gates, fewer than min_per_run (10): all four are stored, the off-field nurse job under the threshold.
    expect(result).toMatchObject({ user_id: "p-one", ai_mode: "rules", candidates: 5, gated: 1, rules_scored: 4, stored: 4, ai_scored: 0, ai_calls: 0, tokens_in: 0, cost_usd: 0 });
    expect(result.duration_ms).toBeGreaterThanOrEqual(0);
    const rows = await rowsFor("p-one");
    const above = rows.filter((r) => r.compatibility_score >= 60);
    expect(above.map((r) => r.job_id).sort()).toEqual([byTitle("Software Engineer Intern").id, byTitle("Backend Developer").id, byTitle("Junior Full Stack Engineer").id].sort());
    expect(rows.filter((r) => r.compatibility_score < 60).map((r) => r.job_id)).toEqual([byTitle("Registered Nurse").id]);
    for (const row of rows) {
      expect(row).toMatchObject({ score_version: "1.0", scoring_method: "rules", ai_score: null, rules_score: row.compatibility_score, hidden: false, user_applied: false });
      expect(row.match_factors.length).toBeGreaterThan(0);
      expect(row.ai_reasoning).toMatch(/match/);
    }
  });

  it("is idempotent: a second run adds nothing, a concurrent pair of runs makes no duplicates", async () => {
    const again = await scoreUser("p-one", { now: NOW });
    // Left: the gated staff job and the old one outside the window.
    expect(again).toMatchObject({ candidates: 1, gated: 1, rules_scored: 0, stored: 0 });
    expect(await rowsFor("p-one")).toHaveLength(4);

    await seedProfile("p-race");
    const [a, b] = await Promise.all([scoreUser("p-race", { now: NOW }), scoreUser("p-race", { now: NOW })]);
    expect(a.stored + b.stored).toBeGreaterThanOrEqual(4);
    expect(await rowsFor("p-race")).toHaveLength(4);
  });

  it("keeps the student's actions when a pair is scored again", async () => {
    await seedProfile("p-keep");
    await scoreUser("p-keep", { now: NOW });
    const intern = byTitle("Software Engineer Intern");
    await recordFeedback("p-keep", intern.id, { feedback: "applied" });
    await recordFeedback("p-keep", byTitle("Backend Developer").id, { feedback: "not_interested", reason: "other" });
    // Force a re-score of every stored pair: the scores are rewritten, the actions are not.
    const db = await getDb();
    await db.update(jobScores).set({ compatibility_score: 1 }).where(eq(jobScores.user_id, "p-keep"));
    const { upsertJobScores } = await import("@/db/queries/job-scores");
    const before = await rowsFor("p-keep");
    await upsertJobScores(before.map(({ id: _id, user_interested: _i, user_applied: _a, user_feedback: _f, feedback_reason: _r, hidden: _h, ...rest }) => ({ ...rest, compatibility_score: 77 })));
    const after = await rowsFor("p-keep");
    expect(after).toHaveLength(4);
    expect(after.every((r) => r.compatibility_score === 77)).toBe(true);
    expect(after.find((r) => r.job_id === intern.id)).toMatchObject({ user_applied: true, user_interested: true, user_feedback: "applied" });
    expect(after.find((r) => r.job_id === byTitle("Backend Developer").id)).toMatchObject({ hidden: true, user_interested: false, feedback_reason: "other" });
  });

  it("honours job_limit and days_back", async () => {
    await seedProfile("p-window");
    // Newest first, then highest id: the two last inserted (too senior: gated; off-field: stored only as one of the best below the threshold).
    expect(await scoreUser("p-window", { now: NOW, jobLimit: 2 })).toMatchObject({ candidates: 2, gated: 1, stored: 1 });
    expect(await scoreUser("p-window", { now: NOW, daysBack: 30 })).toMatchObject({ candidates: 5, stored: 4 });
    expect((await rowsFor("p-window")).map((r) => r.job_id)).toContain(byTitle("Software Engineer").id);
  });

  it("stores per the student's own threshold", async () => {
    await seedProfile("p-low", { min_score_threshold: 0 });
    const result = await scoreUser("p-low", { now: NOW });
    expect(result).toMatchObject({ candidates: 5, gated: 1, stored: 4 });
    expect((await rowsFor("p-low")).some((r) => r.compatibility_score < 60)).toBe(true);
  });

  it("404s for a user with no profile", async () => {
    await expect(scoreUser("nobody", { now: NOW })).rejects.toMatchObject({ status: 404, code: "not_found" });
  });
});
