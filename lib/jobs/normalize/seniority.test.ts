import { describe, expect, it } from "vitest";
import { parseMinYears, parseSeniority } from "./seniority";

describe("parseSeniority from the title", () => {
  it.each([
    ["Software Engineering Intern", "intern"], ["Co-op Student, Mechanical", "intern"], ["New Grad Software Engineer", "entry"],
    ["Graduate Analyst", "entry"], ["Entry Level Accountant", "entry"], ["Early Career Electrical Engineer", "entry"],
    ["Associate Product Manager", "entry"], ["Junior Developer", "junior"], ["Jr. Data Analyst", "junior"],
    ["Software Engineer I", "entry"], ["Software Engineer II", "junior"], ["Software Engineer III", "mid"],
    ["Senior Software Engineer", "senior"], ["Sr. Product Designer", "senior"], ["Lead Nurse", "senior"],
    ["Staff Engineer", "staff"], ["Principal Scientist", "staff"], ["Engineering Manager", "manager"],
    ["Director of Finance", "manager"], ["Head of Marketing", "manager"], ["Nurse Manager, ICU", "manager"],
    ["Product Manager", null], ["Senior Care Assistant", null], ["Registered Nurse", null],
  ])("%s → %s", (title, level) => {
    expect(parseSeniority(title, "", null, null)).toBe(level);
  });

  it("falls back to years, the employment type and entry-level phrases", () => {
    expect(parseSeniority("Product Manager", "", null, 5)).toBe("senior");
    expect(parseSeniority("Data Analyst", "", null, 3)).toBe("mid");
    expect(parseSeniority("Data Analyst", "", null, 1)).toBe("junior");
    expect(parseSeniority("Software Engineer II", "", null, 4)).toBe("mid");
    expect(parseSeniority("Extern", "", "internship", null)).toBe("intern");
    expect(parseSeniority("Sales Representative", "No experience required — we train you.", null, null)).toBe("entry");
    expect(parseSeniority("Analyst", "Benefits: mentorship program for early-career hires", null, null)).toBeNull();
  });
});

describe("parseMinYears", () => {
  it.each([
    ["You have 5+ years of professional experience.", 5],
    ["Requirements:\n- 3-5 years of experience with Python", 3],
    ["Requirements:\n- 3+ years of board-level hardware design", 3],
    ["Qualifications\n- 2+ years of FP&A or investment banking experience", 2],
    ["Minimum of two years experience in a lab", 2],
    ["Founded 12 years ago.", null],
    ["We have grown for over 20 years.", null],
    ["Requirements:\n- 2+ years building APIs\n\nNice to have:\n- 7+ years of experience with Kubernetes", 2],
    ["Requirements:\n- Python\n- 10 years of experience with Go is a plus", null],
    ["Preferred qualifications\n- 4+ years of experience", null],
  ])("%j → %s", (text, years) => {
    expect(parseMinYears(text)).toBe(years);
  });
});
