import { describe, expect, it } from "vitest";
import { nextQuery, safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it.each([
    [undefined, "/matches"],
    ["", "/matches"],
    ["/profile", "/profile"],
    ["/admin/users?tab=1", "/admin/users?tab=1"],
    [["/digests", "/x"], "/digests"],
    ["https://evil.example/", "/matches"],
    ["//evil.example/", "/matches"],
    ["/\\evil.example", "/matches"],
    ["javascript:alert(1)", "/matches"],
    ["/sign-in?next=/x", "/matches"],
    ["/api/auth/sign-out", "/matches"],
  ] as const)("%j -> %s", (input, expected) => {
    expect(safeNextPath(input as string | string[] | undefined, "/matches")).toBe(expected);
  });
});

describe("nextQuery", () => {
  it("omits the default and encodes the rest", () => {
    expect(nextQuery("/matches", "/matches")).toBe("");
    expect(nextQuery("/admin/users", "/matches")).toBe("?next=%2Fadmin%2Fusers");
  });
});
