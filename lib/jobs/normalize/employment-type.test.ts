import { describe, expect, it } from "vitest";
import { parseEmploymentType } from "./employment-type";

describe("parseEmploymentType", () => {
  it.each([
    ["Full-time", "Engineer", "", "full-time"], ["FullTime", "Engineer", "", "full-time"], ["PartTime", "Bookkeeper", "", "part-time"],
    ["Intern", "Compliance Intern", "", "internship"], ["Contract", "Designer", "", "contract"], ["Temporary", "Clerk", "", "contract"],
    [null, "Software Engineering Intern (Summer 2026)", "", "internship"], [null, "Mechanical Engineering Co-op", "", "internship"],
    ["Full-time", "Data Science Intern", "", "internship"], [null, "Contract Technical Writer", "", "contract"],
    [null, "Analyst", "This is a full-time position based in Austin.", "full-time"],
    [null, "Engineer", "This is a 6-month contract role.", "contract"],
    [null, "Engineer", "Previous internship experience is a plus.", null],
  ] as const)("%s / %s", (field, title, text, type) => {
    expect(parseEmploymentType(field, title, text)).toBe(type);
  });
});
