import { afterEach, describe, expect, it } from "vitest";
import { describeSchedule, startInProcessSchedule, stopInProcessSchedule } from "./schedule";

afterEach(() => stopInProcessSchedule());

describe("in-process schedule", () => {
  it("runs the daily AI refinement at :45 and polls AI batches every 10 minutes, beside the other jobs", () => {
    const crons = startInProcessSchedule();
    expect(describeSchedule().map((c) => c.name)).toEqual(["fetch", "score", "refine", "batches", "digest", "cleanup"]);
    const byName = new Map(crons.map((c) => [c.name, c.getPattern()]));
    expect(byName.get("refine")).toBe("45 * * * *");
    expect(byName.get("batches")).toBe("*/10 * * * *");
    expect(byName.get("score")).toBe("30 * * * *");
  });
});
