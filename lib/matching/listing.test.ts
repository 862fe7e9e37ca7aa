import { describe, expect, it } from "vitest";
import { AI_REFINE } from "./ai-refine";
import { rulesPass } from "./candidates";
import { MATCHING_CONFIG } from "./config";
import { buildJobFeatures, buildProfileFeatures } from "./features";
import { minRowsToStore, selectRowsToStore, storeFloor } from "./listing";
import { makeJob, makeProfile } from "./testing";

const { near_margin, min_per_run } = MATCHING_CONFIG.listed;
const rows = (...finals: number[]) => finals.map((final, i) => ({ final, jobId: i + 1 }));

describe("the below-threshold storing rule", () => {
  it("keeps near_margin = 15 and min_per_run = 10 (the daily AI pass relies on the band)", () => {
    expect(near_margin).toBe(15);
    // The daily pass refines the band a blend can lift to the threshold; the hourly pass must store all of it.
    expect(near_margin).toBeGreaterThanOrEqual(AI_REFINE.max_shift);
    expect(min_per_run).toBe(10);
    expect(storeFloor(60)).toBe(45);
  });

  it.each<[string, number[], number, number[]]>([
    ["every row within the margin, best first, when there are at least min_per_run", [90, 61, 59, 46, 45, 80, 70, 75, 50, 55, 65, 44], 60, [90, 80, 75, 70, 65, 61, 59, 55, 50, 46, 45]],
    ["all under the threshold: the best ten anyway", [10, 20, 30, 40, 5, 15, 25, 35, 1, 2, 3, 4], 60, [40, 35, 30, 25, 20, 15, 10, 5, 4, 3]],
    ["fewer candidates than min_per_run: all of them", [12, 70], 60, [70, 12]],
    ["nothing scored: nothing stored", [], 60, []],
    ["threshold 50: the floor is 35", [49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 36, 34], 50, [49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 36]],
    ["threshold 60, same rows: floor 45, so the best ten", [49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 36, 34], 60, [49, 48, 47, 46, 45, 44, 43, 42, 41, 40]],
  ])("%s", (_name, finals, threshold, expected) => {
    expect(selectRowsToStore(rows(...finals), threshold).map((r) => r.final)).toEqual(expected);
  });

  it("tops up only to min_per_run counting the rows already stored in the window", () => {
    expect(minRowsToStore(0)).toBe(10);
    expect(minRowsToStore(7)).toBe(3);
    expect(minRowsToStore(25)).toBe(0);
    expect(selectRowsToStore(rows(20, 30, 50, 10), 60, minRowsToStore(8)).map((r) => r.final)).toEqual([50, 30]);
    expect(selectRowsToStore(rows(20, 30, 10), 60, minRowsToStore(10))).toEqual([]);
  });

  it("caps the band at max_stored_per_run", () => {
    const many = rows(...Array.from({ length: 80 }, (_, i) => 99 - i / 10));
    expect(selectRowsToStore(many, 60)).toHaveLength(MATCHING_CONFIG.max_stored_per_run);
  });
});

describe("rulesPass keepBest", () => {
  it("keeps what reaches the cutoff plus the best few under it, never a gated job", () => {
    const pf = buildProfileFeatures(makeProfile({ programming_languages: ["Python"], desired_roles: ["Software Engineer"] }));
    const jobs = [
      makeJob({ title: "Software Engineer", required_skills: ["Python"] }),
      makeJob({ title: "Registered Nurse", field: "healthcare", required_skills: ["Patient Care"] }),
      makeJob({ title: "Line Cook", field: "other" }),
      makeJob({ title: "Software Engineer", status: "closed" }),
    ].map(buildJobFeatures);
    const strict = rulesPass(pf, jobs, 101);
    expect(strict.kept).toEqual([]);
    const topped = rulesPass(pf, jobs, 101, undefined, 2);
    expect(topped.gated).toBe(1);
    expect(topped.kept.map((k) => k.index)).toEqual([0, expect.any(Number)]);
    expect(topped.kept[0].rules).toBeGreaterThan(topped.kept[1].rules);
    expect(rulesPass(pf, jobs, 101, undefined, 5).kept.map((k) => k.index).sort()).toEqual([0, 1, 2]);
  });
});
