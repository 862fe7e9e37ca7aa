import { describe, expect, it } from "vitest";
import { changedFields, parseWholeNumber, textOrNull } from "./changed-fields";

describe("changedFields", () => {
  it("returns only the keys whose values changed, deeply", () => {
    const before = { a: "x", b: ["1", "2"], c: { min: 1 }, d: null as string | null };
    const after = { a: "x", b: ["1"], c: { min: 1 }, d: "now" };
    expect(changedFields(before, after)).toEqual({ b: ["1"], d: "now" });
  });
  it("is empty when nothing changed", () => {
    expect(changedFields({ a: [1, 2] }, { a: [1, 2] })).toEqual({});
  });
});

describe("textOrNull / parseWholeNumber", () => {
  it.each([
    ["", null],
    ["  ", null],
    [" Ada ", "Ada"],
  ])("textOrNull(%j) → %j", (input, out) => expect(textOrNull(input)).toBe(out));

  it.each([
    ["", null],
    ["60000", 60000],
    ["60,000", 60000],
    ["60 000", 60000],
  ])("parseWholeNumber(%j) → %j", (input, out) => expect(parseWholeNumber(input)).toBe(out));

  it.each(["-5", "12.5", "abc", "1e5"])("parseWholeNumber(%j) is NaN", (input) => expect(parseWholeNumber(input)).toBeNaN());
});
