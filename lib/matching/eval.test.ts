import { describe, expect, it } from "vitest";
import { evaluateRanking, metricsOf } from "./eval";

describe("metricsOf", () => {
  it.each<[string, number[], number[], { ndcg10: number; p5: number; mrr: number }]>([
    ["perfect order", [3, 2, 1, 0], [3, 2, 1, 0], { ndcg10: 1, p5: 0.4, mrr: 1 }],
    ["first relevant at rank 3", [0, 1, 3, 0], [3, 1, 0, 0], { ndcg10: (7 / 2 + 1 / Math.log2(3)) / (7 + 1 / Math.log2(3)), p5: 0.2, mrr: 1 / 3 }],
    ["nothing relevant", [0, 0], [0, 0], { ndcg10: 0, p5: 0, mrr: 0 }],
  ])("%s", (_name, ranked, all, expected) => {
    const m = metricsOf(ranked, all);
    expect(m.ndcg10).toBeCloseTo(expected.ndcg10, 6);
    expect(m.p5).toBeCloseTo(expected.p5, 6);
    expect(m.mrr).toBeCloseTo(expected.mrr, 6);
  });
});

describe("ranking corpus", () => {
  it("ranks at NDCG@10 ≥ 0.90 with the rules scorer, above the keyword baseline", async () => {
    const result = await evaluateRanking();
    expect(result.profiles.length).toBeGreaterThanOrEqual(8);
    expect(result.jobs).toBeGreaterThanOrEqual(80);
    expect(result.mean.rules.ndcg10).toBeGreaterThanOrEqual(0.9);
    expect(result.mean.rules.ndcg10).toBeGreaterThan(result.mean.keyword.ndcg10);
  });
});
