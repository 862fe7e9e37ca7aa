import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listAiCallsForUser } from "@/db/queries/ai-calls";
import { getDigestForDate } from "@/db/queries/digests";
import { emailOutbox, jobScores } from "@/db/schema";
import { sendDigestForUser } from "@/lib/digest/send-digest";
import { resetEnvCache } from "@/lib/env";
import { AI_REFINE, blendScores } from "@/lib/matching/ai-refine";
import { renderFactorCodes } from "@/lib/matching/factor-codes";
import { scoreAllUsers, scoreUser } from "@/lib/matching/pipeline";
import { isRefineDue, refineDueUsers } from "@/lib/pipeline/refine-due";
import { testDriver, useTestDb } from "@/tests/db";
import { seedJob, seedProfile as seedDigestProfile, seedScore } from "@/tests/digest-seed";
import { completionReply, type FakeOpenAi, startFakeOpenAi } from "@/tests/fake-openai-server";
import { insertJobs, seedProfile, typicalJobs } from "@/tests/matching-seed";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const NOW = new Date();
// Due now: the digest is AI_REFINE_LEAD_HOURS (1) from now, in UTC.
const DUE_HOUR = (NOW.getUTCHours() + 1) % 24;
const NOT_DUE_HOUR = (NOW.getUTCHours() + 5) % 24;
let fake: FakeOpenAi;
let restoreEnv: () => void;

const replyFor = (ids: number[], score = 80) =>
  completionReply(JSON.stringify({ scores: ids.map((id) => ({ id: String(id), score, match: ["skills_required", "level_fit"], gaps: ["pay_low"] })) }));
const sentIds = (i: number) =>
  [...(fake.requests[i].body.messages as { content: string }[]).map((m) => m.content).join("\n").matchAll(/<job id="(\d+)">/g)].map((m) => Number(m[1]));
async function rowsFor(userId: string) {
  const db = await getDb();
  return db.select().from(jobScores).where(eq(jobScores.user_id, userId));
}

beforeAll(async () => {
  fake = await startFakeOpenAi();
  restoreEnv = setOpenAiEnv(fake.baseUrl);
  await insertJobs(Object.values(typicalJobs(NOW)));
});
afterAll(async () => {
  restoreEnv();
  await fake.close();
});
beforeEach(() => fake.reset());

describe(`daily AI refinement (${testDriver})`, () => {
  it("is due AI_REFINE_LEAD_HOURS before the student's local digest hour", () => {
    const at = new Date("2026-11-26T12:45:00Z");
    expect(isRefineDue(at, "UTC", 13, 1)).toBe(true);
    expect(isRefineDue(at, "UTC", 12, 1)).toBe(false);
    expect(isRefineDue(at, "America/Chicago", 7, 1)).toBe(true); // 06:45 in Chicago
    expect(isRefineDue(new Date("2026-11-26T23:45:00Z"), "UTC", 0, 1)).toBe(true); // wraps midnight
  });

  it("the hourly pass makes no model call and stores the near-threshold rows for the daily pass", async () => {
    await seedProfile("d-hourly", { relevant_coursework: ["Hourly"], digest_hour: DUE_HOUR, timezone: "UTC", min_score_threshold: 90 });
    await seedProfile("d-other", { relevant_coursework: ["Other"], digest_hour: NOT_DUE_HOUR, timezone: "UTC" });
    const result = await scoreAllUsers({ now: NOW });
    expect(result).toMatchObject({ ai_mode: "rules", ai_calls: 0 });
    expect(fake.requests).toHaveLength(0);
    const rows = await rowsFor("d-hourly");
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.scoring_method === "rules" && r.ai_score === null)).toBe(true);
    // Stored below the threshold, within the band the daily pass refines (the rest are the listing rule's best few).
    expect(rows.some((r) => r.compatibility_score < 90 && r.compatibility_score >= 90 - AI_REFINE.max_shift)).toBe(true);
  });

  it("without AI configured refresh stores rows by the same listing rule and nothing is sent to a model", async () => {
    const restore = setOpenAiEnv(null);
    try {
      await seedProfile("d-local", { relevant_coursework: ["Local"], digest_hour: NOT_DUE_HOUR, timezone: "UTC", min_score_threshold: 90 });
      await scoreUser("d-local", { now: NOW, refine: true });
      const rows = await rowsFor("d-local");
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.scoring_method === "rules" && r.ai_score === null)).toBe(true);
      expect(fake.requests).toHaveLength(0);
    } finally {
      restore();
      setOpenAiEnv(fake.baseUrl);
    }
  });

  it("refines the due students' pending rows in one packed call, once: a second run calls and writes nothing", async () => {
    const stored = await rowsFor("d-hourly");
    // The daily pass judges the band a blend could lift to the threshold (≥ 90 − 15), best first; rows under it stay rules.
    const pending = stored.filter((r) => r.compatibility_score >= 90 - AI_REFINE.max_shift).sort((a, b) => b.compatibility_score - a.compatibility_score);
    const below = stored.filter((r) => r.compatibility_score < 90 - AI_REFINE.max_shift).map((r) => r.job_id);
    fake.enqueue(replyFor(pending.map((r) => r.job_id)));
    const first = await refineDueUsers({ now: NOW });
    expect(first).toMatchObject({ due: 1, refined_users: 1, updated: pending.length, ai_calls: 1, failed: 0 });
    expect(fake.requests).toHaveLength(1);
    expect(sentIds(0)).toEqual(pending.map((r) => r.job_id)); // best first, all in one call
    const text = renderFactorCodes(80, ["skills_required", "level_fit"], ["pay_low"]);
    for (const row of (await rowsFor("d-hourly")).filter((r) => !below.includes(r.job_id))) {
      expect(row).toMatchObject({ scoring_method: "ai", ai_score: 80, ai_reasoning: text.reasoning, match_factors: text.match_factors, mismatch_factors: text.mismatch_factors });
      expect(row.compatibility_score).toBe(blendScores(row.rules_score!, 80));
    }
    expect(text.reasoning).toBe("A strong fit: you have the required skills and the level suits a student or new graduate. But the pay is below what you want.");
    expect(await rowsFor("d-other")).toSatisfy((rows: { scoring_method: string }[]) => rows.every((r) => r.scoring_method === "rules"));

    const again = await refineDueUsers({ now: NOW });
    expect(again).toMatchObject({ due: 1, refined_users: 0, updated: 0, ai_calls: 0 });
    expect(fake.requests).toHaveLength(1);
    expect(await rowsFor("d-hourly")).toHaveLength(stored.length);
    expect((await rowsFor("d-hourly")).filter((r) => below.includes(r.job_id)).every((r) => r.scoring_method === "rules")).toBe(true);
    expect(await listAiCallsForUser("d-hourly")).toHaveLength(1);
  });

  it("caps the model's judgements per student per day, best rules scores first", async () => {
    process.env.AI_REFINE_DAILY_CAP = "2";
    resetEnvCache();
    try {
      await seedProfile("d-cap", { relevant_coursework: ["Capped"], digest_hour: DUE_HOUR, timezone: "UTC" });
      await scoreAllUsers({ now: NOW });
      const rows = (await rowsFor("d-cap")).sort((a, b) => b.compatibility_score - a.compatibility_score || a.job_id - b.job_id);
      fake.enqueue(replyFor(rows.map((r) => r.job_id)));
      await refineDueUsers({ now: NOW, userIds: ["d-cap"] });
      expect(sentIds(0)).toEqual(rows.slice(0, 2).map((r) => r.job_id));
      await refineDueUsers({ now: NOW, userIds: ["d-cap"] }); // the day's cap is used up
      expect(fake.requests).toHaveLength(1);
    } finally {
      delete process.env.AI_REFINE_DAILY_CAP;
      resetEnvCache();
    }
  });

  it("the digest refines any digest job still without an AI score before it is built, and sends once", async () => {
    await seedDigestProfile({ user_id: "d-digest", min_score_threshold: 60 });
    const a = await seedJob({ title: "Data Analyst", fetched_at: NOW });
    const b = await seedJob({ title: "Junior Data Analyst", fetched_at: NOW });
    const near = await seedJob({ title: "BI Intern", fetched_at: NOW });
    await seedScore({ user_id: "d-digest", job_id: a.id, compatibility_score: 82, rules_score: 82, scored_at: NOW });
    await seedScore({ user_id: "d-digest", job_id: b.id, compatibility_score: 70, rules_score: 70, scored_at: NOW });
    await seedScore({ user_id: "d-digest", job_id: near.id, compatibility_score: 52, rules_score: 52, scored_at: NOW });
    // a and b make the digest by rules and were never refined (no daily pass ran); "near" is below the threshold, not in the digest.
    fake.enqueue(replyFor([a.id, b.id], 90));
    const date = NOW.toISOString().slice(0, 10);
    expect(await sendDigestForUser("d-digest", date, { now: NOW })).toMatchObject({ status: "sent" });
    const scoreCalls = fake.requests.filter((r) => JSON.stringify(r.body).includes("job_scores"));
    expect(scoreCalls.map((_, i) => sentIds(fake.requests.indexOf(scoreCalls[i])))).toEqual([[a.id, b.id]]);
    const digest = await getDigestForDate("d-digest", date);
    expect(digest?.top_jobs.map((j) => j.job_id)).toEqual([a.id, b.id]);
    const rendered = renderFactorCodes(90, ["skills_required", "level_fit"], ["pay_low"]).match_factors;
    for (const j of digest!.top_jobs) expect(j.reasons.slice(0, 2)).toEqual(rendered.slice(0, 2));
    const after = await rowsFor("d-digest");
    expect(after.filter((r) => r.job_id !== near.id).every((r) => r.scoring_method === "ai")).toBe(true);
    expect(after.find((r) => r.job_id === near.id)?.scoring_method).toBe("rules"); // left for the daily pass

    expect(await sendDigestForUser("d-digest", date, { now: NOW })).toMatchObject({ status: "already_sent" });
    const db = await getDb();
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.user_id, "d-digest"))).toHaveLength(1);
  });
});
