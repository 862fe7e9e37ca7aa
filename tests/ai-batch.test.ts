import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listAiCallsForUser } from "@/db/queries/ai-calls";
import { aiBatches, jobScores } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { AI_REFINE } from "@/lib/matching/ai-refine";
import { scoreAllUsers } from "@/lib/matching/pipeline";
import { pollDueBatches, runDailyRefinement } from "@/lib/pipeline/refine-due";
import { testDriver, useTestDb } from "@/tests/db";
import { insertJobs, seedProfile, typicalJobs } from "@/tests/matching-seed";
import { setOpenAiEnv } from "@/tests/openai-env";
import { type BillingFake, startBillingFake } from "../bench/fake-openai-billing";

useTestDb();

// The cron runs at :45, AI_REFINE_LEAD_HOURS (1) before the digest hour.
const NOW = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 45 * 60_000);
let fake: BillingFake;
let restoreEnv: () => void;

async function rowsFor(userId: string) {
  return (await getDb()).select().from(jobScores).where(eq(jobScores.user_id, userId));
}
/** The stored rows the daily pass judges: the band a blend could lift to the (default 60) threshold. */
const inBand = (r: { compatibility_score: number; rules_score: number | null }) => (r.rules_score ?? r.compatibility_score) >= 60 - AI_REFINE.max_shift;

beforeAll(async () => {
  fake = await startBillingFake();
  restoreEnv = setOpenAiEnv(fake.baseUrl);
  process.env.AI_REFINE_MODE = "batch";
  resetEnvCache();
  await insertJobs(Object.values(typicalJobs(NOW)));
});
afterAll(async () => {
  delete process.env.AI_REFINE_MODE;
  restoreEnv();
  await fake.close();
});

describe(`daily refinement through the Batch API (${testDriver})`, () => {
  it("submits once per slot, applies the results once, at half price", async () => {
    await seedProfile("b-one", { relevant_coursework: ["Batch one"], digest_hour: (NOW.getUTCHours() + 1) % 24, timezone: "UTC" });
    await seedProfile("b-later", { relevant_coursework: ["Batch later"], digest_hour: (NOW.getUTCHours() + 6) % 24, timezone: "UTC" });
    await scoreAllUsers({ now: NOW });
    const stored = await rowsFor("b-one");
    // The band a blend could lift to the threshold; rows under it (the listing rule's best few) are not sent.
    const pending = stored.filter(inBand);
    expect(pending.length).toBeGreaterThanOrEqual(3);

    expect(await runDailyRefinement({ now: NOW })).toMatchObject({ status: "submitted", users: 1, requests: 1, jobs: pending.length });
    expect(await runDailyRefinement({ now: NOW })).toMatchObject({ status: "already_submitted" }); // a retried cron
    expect(fake.billing.calls).toBe(0); // nothing runs until the batch does

    expect(await pollDueBatches(NOW)).toMatchObject({ polled: 1, applied: 1, updated: pending.length });
    const rows = (await rowsFor("b-one")).filter((r) => pending.some((p) => p.job_id === r.job_id));
    expect(await rowsFor("b-one")).toHaveLength(stored.length);
    expect(rows.every((r) => r.scoring_method === "ai" && r.ai_score !== null && /fit/.test(r.ai_reasoning ?? ""))).toBe(true);
    expect((await rowsFor("b-later")).every((r) => r.scoring_method === "rules")).toBe(true);
    const [call] = await listAiCallsForUser("b-one");
    expect(call).toMatchObject({ ok: true, tokens_in: fake.billing.prompt, tokens_out: fake.billing.completion });
    const full = (fake.billing.prompt - fake.billing.cached) * 0.15e-6 + fake.billing.cached * 0.075e-6 + fake.billing.completion * 0.6e-6;
    expect(call.cost_usd).toBeCloseTo(full / 2, 9);

    expect(await pollDueBatches(NOW)).toMatchObject({ polled: 0, applied: 0 });
    expect(await listAiCallsForUser("b-one")).toHaveLength(1);
    const [batch] = await (await getDb()).select().from(aiBatches);
    expect(batch).toMatchObject({ status: "applied", request_count: 1 });
  });

  it("a student whose profile and jobs were judged before is served from the AI score cache: nothing submitted or billed", async () => {
    const at = new Date(NOW.getTime() + 2 * 3_600_000);
    await seedProfile("b-twin", { relevant_coursework: ["Batch one"], digest_hour: (at.getUTCHours() + 1) % 24, timezone: "UTC" }); // b-one's profile text
    await scoreAllUsers({ now: at });
    const calls = fake.billing.calls;
    expect(await runDailyRefinement({ now: at })).toMatchObject({ status: "empty", requests: 0 });
    expect(fake.billing.calls).toBe(calls);
    const twin = await rowsFor("b-twin");
    expect(twin.filter(inBand).length).toBeGreaterThanOrEqual(3);
    expect(twin.filter(inBand).every((r) => r.scoring_method === "ai")).toBe(true);
    expect(await listAiCallsForUser("b-twin")).toEqual([]);
  });

  it("two identical students in one batch: one request, both refined, one ledger row", async () => {
    const at = new Date(NOW.getTime() + 3 * 3_600_000);
    for (const id of ["b-pair-1", "b-pair-2"]) await seedProfile(id, { relevant_coursework: ["Pair"], digest_hour: (at.getUTCHours() + 1) % 24, timezone: "UTC" });
    await scoreAllUsers({ now: at });
    const calls = fake.billing.calls;
    expect(await runDailyRefinement({ now: at })).toMatchObject({ status: "submitted", users: 2, requests: 1 });
    expect(await pollDueBatches(at)).toMatchObject({ applied: 1 });
    expect(fake.billing.calls).toBe(calls + 1);
    const [a, b] = [await rowsFor("b-pair-1"), await rowsFor("b-pair-2")];
    expect(b.length).toBe(a.length);
    expect([...a, ...b].filter(inBand).every((r) => r.scoring_method === "ai")).toBe(true);
    expect(b.map((r) => r.ai_reasoning).sort()).toEqual(a.map((r) => r.ai_reasoning).sort());
    expect((await listAiCallsForUser("b-pair-1")).length + (await listAiCallsForUser("b-pair-2")).length).toBe(1);
  });

  it("a batch still running at the digest hour is cancelled and its students refined synchronously", async () => {
    const later = new Date(NOW.getTime() + 5 * 3_600_000); // b-later's slot
    fake.setBatchLatency(100);
    expect(await runDailyRefinement({ now: later })).toMatchObject({ status: "submitted", users: 1 });
    expect(await pollDueBatches(new Date(later.getTime() + 10 * 60_000))).toMatchObject({ waiting: 1, applied: 0 });
    const calls = fake.billing.calls;
    expect(await pollDueBatches(new Date(later.getTime() + 20 * 60_000))).toMatchObject({ fallen_back: 1 });
    expect(fake.billing.calls).toBe(calls + 1); // one synchronous call
    expect((await rowsFor("b-later")).filter(inBand).every((r) => r.scoring_method === "ai")).toBe(true);
    const batches = await (await getDb()).select().from(aiBatches).orderBy(aiBatches.id);
    expect(batches.map((b) => b.status)).toEqual(["applied", "applied", "applied", "timed_out"]);
  });
});
