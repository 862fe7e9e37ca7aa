import { describe, expect, it } from "vitest";
import { unlistedSkillItems } from "./listed-skills";

describe("unlistedSkillItems", () => {
  it.each([
    ["Blue Yonder", ["Blue Yonder"]],
    ["Planning: Kinaxis RapidResponse, Python, Excel", ["Kinaxis RapidResponse"]],
    ["Workday HCM (advanced), Kronos", ["Kronos"]],
    ["English (native), Spanish (fluent)", ["Spanish"]],
    ["Conversational Spanish", ["Spanish"]],
    ["Languages: English, Tamil, Hindi", []],
    ["Programming Languages: Python, Kotlin", []],
    ["Fluent in Spanish and basic French", []],
    ["Standards: IEC 61439, IEEE 80, IS 3043, ISO 9001", []],
    ["Eurocode 2, BS 8888", []],
    ["STM32, PIC32", ["PIC32"]],
    ["Expected: New York Bar, July 2027", ["New York Bar"]],
    ["Cable pulling (MC, Romex) | Wire Tracing", ["Cable pulling", "Wire Tracing"]],
    ["CPA candidate (passed AUD, Oct 2025)", []],
    ["Led a team of 4 engineers on a 14-storey building", []],
    ["2019", []],
  ])("%s", (line, names) => {
    expect(unlistedSkillItems(line).map((h) => h.name)).toEqual(names);
  });
});
