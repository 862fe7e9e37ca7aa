import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenAiJobScorer } from "@/lib/ai/openai-score";
import { setOpenAiEnv } from "@/tests/openai-env";
import { type BillingFake, startBillingFake } from "../../bench/fake-openai-billing";
import { evaluateAiRanking, gradedAnswers } from "./ai-eval";
import { loadRankingSplit, type RankingSplit } from "./corpus/splits";

// The ranking eval in OpenAI mode over real HTTP: the SDK talks to a 127.0.0.1 fake that answers from the
// advisor's grades (the tune split; the test split is only read by the bench, in aggregate).
let fake: BillingFake;
let restore: () => void;
let split: RankingSplit;

beforeAll(async () => {
  fake = await startBillingFake();
  restore = setOpenAiEnv(fake.baseUrl);
  split = await loadRankingSplit("tune");
  fake.setGrader(gradedAnswers(split));
});
afterAll(async () => {
  restore();
  await fake.close();
});

describe("ranking eval with the model in the loop (HTTP fake)", () => {
  it("daily: one packed call per student, the blend lifts NDCG@10 above the rules, usage as billed", async () => {
    const r = await evaluateAiRanking(split, { mode: "daily", scorer: createOpenAiJobScorer({ record: false }), cap: 20 });
    expect(r.failedCalls).toBe(0);
    expect(r.calls).toBeLessThanOrEqual(split.students.length);
    expect(r.calls).toBe(fake.billing.calls);
    expect(r.tokensIn).toBe(fake.billing.prompt);
    expect(r.refined).toBeGreaterThan(split.students.length * 5);
    expect(r.ndcg10Ai).toBeGreaterThan(r.ndcg10Rules + 0.01); // over rules + lexical (0.961 → 0.980 on the tune split)
    expect(r.tokensOut / r.refined).toBeLessThan(40); // compact answers: codes, not prose
  });

  it("a model with no signal (50 for every job) barely moves the ranking: the blend and its clamp keep the rules order", async () => {
    fake.setGrader(() => 50);
    const r = await evaluateAiRanking(split, { mode: "daily", scorer: createOpenAiJobScorer({ record: false }), cap: 20 });
    expect(Math.abs(r.ndcg10Ai - r.ndcg10Rules)).toBeLessThan(0.1);
  });
});
