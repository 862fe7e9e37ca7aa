import { describe, expect, it } from "vitest";
import { parseWorkAuthorization } from "./sponsorship";

describe("parseWorkAuthorization", () => {
  it.each([
    ["No sponsorship.", "no"],
    ["Must be legally authorized to work in the U.S. without current or future need for visa sponsorship", "no"],
    ["You must be authorised to work without current or future need for sponsorship.", "no"],
    ["Candidates must be authorized to work in the US without sponsorship.", "no"],
    ["Applicants must be legally authorized to work in the United States now and in the future without the need for employer sponsorship.", "no"],
    ["We do not offer visa sponsorship for this role.", "no"],
    ["We are unable to sponsor visas at this time.", "no"],
    ["We can't sponsor work visas.", "no"],
    ["Sponsorship: not available", "no"],
    ["Visa sponsorship is available for exceptional candidates.", "yes"],
    ["We will sponsor H-1B visas.", "yes"],
    ["We offer visa sponsorship and relocation.", "yes"],
    ["Great benefits and a 401k", null],
  ])("%s → %s", (text, answer) => {
    expect(parseWorkAuthorization(text).sponsorship).toBe(answer);
  });

  it("flags clearance and citizenship, which also rule out sponsorship", () => {
    expect(parseWorkAuthorization("This role requires an active TS/SCI clearance.")).toEqual({ sponsorship: "no", requires_security_clearance: true, requires_citizenship: false });
    expect(parseWorkAuthorization("Because this role supports government contracts, U.S. citizenship is required.")).toEqual({ sponsorship: "no", requires_security_clearance: false, requires_citizenship: true });
  });
});
