import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { insertAiCall } from "@/db/queries/ai-calls";
import { emailOutbox, jobScores } from "@/db/schema";
import { createAdmin } from "@/lib/admin/create-admin";
import { isOverAiBudget, utcDayStart } from "@/lib/ai/budget";
import { checkSpendAlert, getSpendStatus } from "@/lib/ai/spend-guard";
import { recordAiCall } from "@/lib/ai/usage";
import { resetEnvCache } from "@/lib/env";
import { scoreUser } from "@/lib/matching/pipeline";
import { testDriver, useTestDb } from "@/tests/db";
import { type FakeOpenAi, startFakeOpenAi } from "@/tests/fake-openai-server";
import { insertJobs, seedProfile, typicalJobs } from "@/tests/matching-seed";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const NOW = new Date();
const DATE = utcDayStart(NOW).toISOString().slice(0, 10);
const ENV = { AI_DAILY_BUDGET_USD: "100", AI_USER_DAILY_BUDGET_USD: "10", ADMIN_EMAILS: "ops@example.com" };
const saved = Object.fromEntries(Object.keys(ENV).map((k) => [k, process.env[k]]));
let fake: FakeOpenAi;
let restoreOpenAi: () => void;

/** A model call today costing exactly `usd` (binary-exact amounts keep the ratios exact). */
const spend = (usd: number, userId: string | null = null) =>
  insertAiCall({ user_id: userId, operation: "score_jobs", model: "gpt-4o-mini", cost_usd: usd, ok: true, created_at: new Date(utcDayStart(NOW).getTime() + 1000) });
const alerts = async () => (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.kind, "alert"));

beforeAll(async () => {
  Object.assign(process.env, ENV);
  resetEnvCache();
  fake = await startFakeOpenAi();
  restoreOpenAi = setOpenAiEnv(fake.baseUrl);
  await createAdmin({ email: "root@example.com" });
});
afterAll(async () => {
  restoreOpenAi();
  await fake.close();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
});
beforeEach(() => fake.reset());

describe(`AI spend guard (${testDriver})`, () => {
  it("79 % is ok: no alert", async () => {
    await spend(79);
    expect(await getSpendStatus(NOW)).toEqual({ today_usd: 79, budget_usd: 100, ratio: 0.79, state: "ok" });
    expect((await checkSpendAlert(NOW)).sent).toBe(0);
    expect(await alerts()).toHaveLength(0);
    expect(await isOverAiBudget(null, NOW)).toBe(false);
  });

  it("80 % warns: one alert per admin per UTC day, however often it is checked", async () => {
    await spend(1);
    expect(await getSpendStatus(NOW)).toMatchObject({ today_usd: 80, ratio: 0.8, state: "warning" });
    expect((await checkSpendAlert(NOW)).sent).toBe(2);
    expect((await checkSpendAlert(NOW)).sent).toBe(0);
    // A recorded model call with a cost checks again: still nothing new.
    await recordAiCall({ userId: null, operation: "score_jobs", model: "gpt-4o-mini", tokensIn: 1000, tokensCached: 0, tokensOut: 100, latencyMs: 5, ok: true });
    const sent = await alerts();
    expect(sent.map((m) => m.to_address).sort()).toEqual(["ops@example.com", "root@example.com"]);
    expect(sent.map((m) => m.idempotency_key).sort()).toEqual([`alert/ai-budget-80/${DATE}/ops@example.com`, `alert/ai-budget-80/${DATE}/root@example.com`]);
    expect(sent[0]).toMatchObject({ status: "sent", user_id: null });
    expect(sent[0].subject).toMatch(/AI spend at 80% of today's budget/);
    expect(sent[0].text).toContain("$80.00 of its $100.00");
    expect(await isOverAiBudget(null, NOW)).toBe(false);
  });

  it("the next UTC day starts again from zero", async () => {
    const tomorrow = new Date(utcDayStart(NOW).getTime() + 86_400_000 + 60_000);
    expect(await getSpendStatus(tomorrow)).toMatchObject({ today_usd: 0, state: "ok" });
    expect((await checkSpendAlert(tomorrow)).sent).toBe(0);
  });

  it("100 % stops AI calls: scoring falls back to the rules without calling the model", async () => {
    await spend(20);
    expect((await getSpendStatus(NOW)).state).toBe("stopped");
    expect(await isOverAiBudget(null, NOW)).toBe(true);
    await seedProfile("over-budget");
    await insertJobs(Object.values(typicalJobs(NOW)));
    const result = await scoreUser("over-budget", { now: NOW, refine: true });
    expect(fake.requests).toHaveLength(0);
    expect(result).toMatchObject({ ai_mode: "openai", ai_calls: 0, ai_scored: 0 });
    expect(result.ai_fallback).toBeGreaterThan(0);
    const rows = await (await getDb()).select().from(jobScores).where(eq(jobScores.user_id, "over-budget"));
    expect(rows.length).toBeGreaterThan(0);
    // The jobs selected for AI fall back; those stored only as the best below the threshold were never sent ("rules").
    expect(new Set(rows.filter((r) => r.compatibility_score >= 60).map((r) => r.scoring_method))).toEqual(new Set(["rules_fallback"]));
    expect(rows.filter((r) => r.scoring_method === "rules").every((r) => r.compatibility_score < 60)).toBe(true);
    expect((await checkSpendAlert(NOW)).sent).toBe(0); // the 80 % alert already went out today
  });

  it("per user: warning at 80 % and stopped at 100 % of AI_USER_DAILY_BUDGET_USD", async () => {
    await spend(7.5, "heavy");
    expect(await getSpendStatus(NOW, "heavy")).toEqual({ today_usd: 7.5, budget_usd: 10, ratio: 0.75, state: "ok" });
    await spend(0.5, "heavy");
    expect((await getSpendStatus(NOW, "heavy")).state).toBe("warning");
    await spend(2, "heavy");
    expect(await getSpendStatus(NOW, "heavy")).toMatchObject({ today_usd: 10, state: "stopped" });
    expect(await isOverAiBudget("heavy", NOW)).toBe(true);
  });
});
