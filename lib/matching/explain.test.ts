import { describe, expect, it } from "vitest";
import { explainPair } from "./explain";
import { buildJobFeatures, buildProfileFeatures } from "./features";
import { makeJob, makeProfile } from "./testing";
import type { MatchJob, MatchProfile } from "./types";

const explain = (profile: Partial<MatchProfile>, job: Partial<MatchJob>) => {
  const p = makeProfile(profile);
  const j = makeJob(job);
  return explainPair(p, j, buildProfileFeatures(p), buildJobFeatures(j));
};

describe("explainPair", () => {
  it.each<[string, Partial<MatchProfile>, Partial<MatchJob>, string, "match" | "mismatch"]>([
    ["all required skills", { programming_languages: ["Python", "SQL"], tools_platforms: ["Airflow"] }, { required_skills: ["Python", "SQL", "Apache Airflow"] }, "Python, SQL and Apache Airflow required — all on your resume", "match"],
    ["missing skills", { programming_languages: ["Python", "SQL", "Java"] }, { required_skills: ["Python", "SQL", "Java", "Kubernetes", "Go"] }, "Missing 2 of 5 required skills: Go and Kubernetes", "mismatch"],
    ["years asked", { career_level: "junior", years_of_experience: 1 }, { seniority: "mid", min_years_experience: 5 }, "Asks 5+ years; you have 1", "mismatch"],
    ["no experience required", { career_level: "entry" }, { min_years_experience: 0 }, "No prior experience required", "match"],
    ["remote worldwide", {}, { remote_type: "remote", remote_worldwide: true, country: null, city: null, region: null }, "Remote, open worldwide", "match"],
    ["sponsorship unknown", { location: "Toronto, ON", work_authorization: "Canadian Citizen", preferred_locations: ["Toronto, ON", "New York, NY"] }, { city: "New York", region: "NY", country: "US" }, "Sponsorship not mentioned and you need it — ask before applying", "mismatch"],
    ["pay below the minimum", { salary_range_min: 70000 }, { salary_annual_min: 50000, salary_annual_max: 55000, salary_currency: "USD" }, "Pays up to $55,000 a year — below your $70,000 minimum", "mismatch"],
    ["senior for a student", { career_level: "student" }, { seniority: "senior" }, "Senior role — above your level (student)", "mismatch"],
    ["hybrid in a country they may work in but didn't list (soft gate)", { location: "Toronto, ON", work_authorization: "US Citizen", preferred_locations: ["Toronto, ON"] }, { location: "Seattle, WA", city: "Seattle", region: "WA", country: "US", remote_type: "hybrid" }, "Hybrid in Seattle, WA — a country you may work in but didn't list", "mismatch"],
  ])("%s", (_name, profile, job, line, side) => {
    const result = explain(profile, job);
    expect(side === "match" ? result.match_factors : result.mismatch_factors).toContain(line);
  });

  it("returns the scorePair numbers and a short reasoning paragraph", () => {
    const result = explain({ programming_languages: ["Python"] }, { title: "Backend Intern", required_skills: ["Python"], seniority: "intern" });
    expect(result.compatibility_score).toBeGreaterThan(60);
    expect(result.ai_reasoning).toMatch(/^(?:Strong|Good) match \(\d+\/100\) for Backend Intern at Acme\./);
    expect(result.ai_reasoning.length).toBeLessThan(600);
  });
});
