import { describe, expect, it } from "vitest";
import { unlistedSkillItems } from "./listed-skills";

describe("unlistedSkillItems", () => {
  it.each([
    ["Blue Yonder", ["Blue Yonder"]],
    ["Planning: Kinaxis RapidResponse, Python, Excel", ["Kinaxis RapidResponse"]],
    ["Workday HCM (advanced), Kronos", ["Kronos"]],
    ["English (native), Spanish (fluent)", []],
    ["Fluent in Spanish and basic French", []],
    ["Led a team of 4 engineers on a 14-storey building", []],
    ["2019", []],
  ])("%s", (line, names) => {
    expect(unlistedSkillItems(line).map((h) => h.name)).toEqual(names);
  });
});
