import { describe, expect, it } from "vitest";
import { parseResumeLocally } from "@/lib/resume/local-parser";
import { sanitizeModelProfile } from "./sanitize";

const RESUME = `Ana Lima
ana.lima@example.edu | +1 (415) 555-0100 | github.com/analima
SKILLS
JS, NodeJS, scikit learn, C++, Excel, teamwork
EXPERIENCE
Data Intern | Acme | 2025-06 - 2025-08`;

const base = () => ({ ...parseResumeLocally(RESUME), programming_languages: [], frameworks_libraries: [], tools_platforms: [], soft_skills: [], domain_skills: [] });

describe("sanitizeModelProfile", () => {
  const skillCases: Array<[string, boolean]> = [
    ["JavaScript", true], // an alias the resume uses
    ["Node.js", true], // spelled differently
    ["Scikit-learn", true],
    ["C++", true],
    ["Microsoft Excel", true],
    ["Kubernetes", false], // invented
    ["Rust", false],
    ["C#", false],
  ];
  it.each(skillCases)("%s kept: %s", (skill, kept) => {
    const out = sanitizeModelProfile({ ...base(), tools_platforms: [skill] }, RESUME);
    expect(out.tools_platforms).toEqual(kept ? [skill] : []);
  });

  it("drops contact details the resume does not contain and keeps those it does", () => {
    expect(sanitizeModelProfile({ ...base(), email: "ana@gmail.com", phone: "555 123 4567" }, RESUME)).toMatchObject({ email: null, phone: null });
    expect(sanitizeModelProfile({ ...base(), email: "Ana.Lima@example.edu", phone: "415-555-0100" }, RESUME)).toMatchObject({
      email: "Ana.Lima@example.edu",
      phone: "415-555-0100",
    });
    expect(sanitizeModelProfile({ ...base(), links: ["https://github.com/analima", "https://linkedin.com/in/ana"] }, RESUME).links).toEqual(["https://github.com/analima"]);
  });

  it("clamps numbers, rounds years and orders the salary range", () => {
    const out = sanitizeModelProfile(
      { ...base(), years_of_experience: 75.44, graduation_years: [2026.4, 3000, 2026], salary_range_min: 90000.5, salary_range_max: 60000 },
      RESUME,
    );
    expect(out).toMatchObject({ years_of_experience: 60, graduation_years: [2026], salary_range_min: 60000, salary_range_max: 90001 });
    expect(sanitizeModelProfile({ ...base(), years_of_experience: -2 }, RESUME).years_of_experience).toBe(0);
  });

  it("dedupes lists case-insensitively", () => {
    expect(sanitizeModelProfile({ ...base(), companies: ["Acme", "ACME ", "acme"] }, RESUME).companies).toEqual(["Acme"]);
  });
});
