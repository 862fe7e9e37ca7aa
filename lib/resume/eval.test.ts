import { describe, expect, it } from "vitest";
import { loadCorpus, loadCorpusSplit, type CorpusCase } from "./corpus";
import { evaluateCases } from "./eval";

describe("parse-quality corpus", () => {
  it("has the tune split (legacy cases plus tune/) with labels and render specs", () => {
    const tune = loadCorpusSplit("tune");
    expect(tune.length).toBeGreaterThanOrEqual(30);
    expect(loadCorpus().length).toBeGreaterThanOrEqual(15);
    expect(new Set(tune.map((c) => c.render.layout))).toEqual(new Set(["one-column", "two-column", "sidebar"]));
  });

  it("treats an absent test directory as a split with no cases", () => {
    expect(loadCorpus("lib/resume/corpus/no-such-split")).toEqual([]);
    expect(Array.isArray(loadCorpusSplit("test"))).toBe(true);
  });

  it("scores a small tune subset in all three formats with sane numbers", async () => {
    const subset = loadCorpusSplit("tune").filter((c) => ["01-software-student", "32-mechanical-eit-sidebar"].includes(c.id));
    expect(subset).toHaveLength(2);
    const reports = await evaluateCases(subset);
    expect(reports.map((r) => r.format)).toEqual(["text", "pdf", "docx"]);
    for (const r of reports) {
      expect(r.listF1).toBeGreaterThan(0.6);
      expect(r.listF1).toBeLessThanOrEqual(1);
      expect(r.scalarAccuracy).toBeGreaterThan(0.6);
      expect(r.fields.find((f) => f.field === "email")?.accuracy).toBe(1);
    }
  }, 60_000);

  it("can fail: a wrong label shows up as misses and lower scores", async () => {
    const [good] = loadCorpusSplit("tune").filter((c) => c.id === "01-software-student");
    const wrong: CorpusCase = { ...good, expected: { ...good.expected, email: "someone@else.org", skills: ["Cobol", "Fortran"] } };
    const [right] = await evaluateCases([good], ["text"]);
    const [bad] = await evaluateCases([wrong], ["text"]);
    expect(bad.scalarAccuracy).toBeLessThan(right.scalarAccuracy);
    expect(bad.listF1).toBeLessThan(right.listF1);
    expect(bad.cases[0].misses).toContain(`email: want "someone@else.org" got ${JSON.stringify(good.expected.email)}`);
  }, 60_000);
});
