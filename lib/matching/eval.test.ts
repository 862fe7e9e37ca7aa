import { describe, expect, it } from "vitest";
import { loadRankingSplit } from "./corpus/splits";
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

describe("tune split", () => {
  it("loads the legacy corpus and tune/ together, every judgment on a known job", async () => {
    const split = await loadRankingSplit("tune");
    expect(split.students).toHaveLength(16);
    expect(split.jobs).toHaveLength(221);
    expect(new Set(split.jobs.map(split.keyOf)).size).toBe(221);
    expect(split.grade("k-frontend-seattle-stemopt", "software-engineer-i@lumora")).toBe(0);
    expect(split.relevantCount("k-public-health-atlanta", 2)).toBe(5);
    const legacy = split.students.find((s) => s.id === "cs-intern-austin");
    expect(legacy?.profile.relevant_coursework.length).toBeGreaterThan(0);
  });

  it("ranks at NDCG@10 ≥ 0.93 blended, above the rules alone and ≥ TF-IDF + 0.08; everyone with a relevant job gets ≥ 5 listed", async () => {
    const e = evaluateRanking(await loadRankingSplit("tune"));
    expect(e.students).toHaveLength(16);
    expect(e.mean.blended.ndcg10).toBeGreaterThanOrEqual(0.93);
    expect(e.mean.blended.p5).toBeGreaterThanOrEqual(0.63);
    expect(e.mean.blended.ndcg10).toBeGreaterThan(e.mean.rules.ndcg10);
    expect(e.mean.blended.ndcg10).toBeGreaterThanOrEqual(e.mean.tfidf.ndcg10 + 0.08);
    expect(e.mean.bm25.ndcg10).toBeGreaterThan(0.3);
    expect(e.p5Ceiling).toBeCloseTo(0.75, 3);
    expect(e.underListed).toBe(0);
  });
});
