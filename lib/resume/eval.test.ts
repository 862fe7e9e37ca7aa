import { describe, expect, it } from "vitest";
import { loadCorpus } from "./corpus";
import { evaluateParseCorpus } from "./eval";

describe("parse-quality corpus", () => {
  it("has at least 15 labelled resumes across formats", () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((c) => c.format))).toEqual(new Set(["text", "pdf", "pdf-two-column", "docx"]));
  });

  it("meets the target: macro F1 ≥ 0.90 and every field ≥ 0.75", async () => {
    const result = await evaluateParseCorpus();
    const weak = result.fields.filter((f) => f.f1 < 0.75).map((f) => `${f.field}=${f.f1.toFixed(2)}`);
    expect(weak).toEqual([]);
    expect(result.macroF1).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
