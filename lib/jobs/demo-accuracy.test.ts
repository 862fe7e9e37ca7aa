import { describe, expect, it } from "vitest";
import { computeDemoAccuracy } from "./demo-accuracy";

describe("demo feed accuracy", () => {
  it("parses salary, location and seniority right for ≥ 95 % of the demo jobs", async () => {
    const result = await computeDemoAccuracy();
    const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
    console.info(`demo accuracy over ${result.total} jobs: salary ${pct(result.salary)}, location ${pct(result.location)}, seniority ${pct(result.seniority)}, all three ${pct(result.all)}`);
    for (const miss of result.mismatches) console.info("mismatch", JSON.stringify(miss));
    expect(result.total).toBeGreaterThanOrEqual(110);
    expect(result.jobs).toHaveLength(result.total);
    expect(result.salary).toBeGreaterThanOrEqual(0.95);
    expect(result.location).toBeGreaterThanOrEqual(0.95);
    expect(result.seniority).toBeGreaterThanOrEqual(0.95);
  });
});
