import { describe, expect, it } from "vitest";
import { cultureScore, experienceScore, locationScore, salaryScore, skillCoverage } from "./components";
import { MATCHING_CONFIG } from "./config";
import { buildJobFeatures, buildProfileFeatures } from "./features";
import { scorePair } from "./score";
import { makeJob, makeProfile, normalizedJob } from "./testing";
import type { MatchFeedback, MatchJob, MatchProfile } from "./types";

const pair = (profile: Partial<MatchProfile>, job: Partial<MatchJob>, feedback?: MatchFeedback) =>
  [buildProfileFeatures(makeProfile(profile), feedback), buildJobFeatures(makeJob(job))] as const;

describe("skills coverage", () => {
  it.each<[string, Partial<MatchProfile>, Partial<MatchJob>, number]>([
    ["all required skills on the resume", { programming_languages: ["Python", "SQL"], tools_platforms: ["Airflow"] }, { required_skills: ["Python", "SQL", "Apache Airflow"] }, 1],
    ["an alias counts as the skill (Postgres = PostgreSQL)", { tools_platforms: ["Postgres"] }, { required_skills: ["PostgreSQL"] }, 1],
    ["a related skill counts half (PyTorch ~ Deep Learning)", { frameworks_libraries: ["PyTorch"] }, { required_skills: ["Deep Learning"] }, 0.5],
    ["and the other way round (Deep Learning ~ PyTorch)", { domain_skills: ["Deep Learning"] }, { required_skills: ["PyTorch"] }, 0.5],
    ["nothing in common", { programming_languages: ["Python"] }, { required_skills: ["Patient Care", "BLS"] }, 0],
    ["a posting with no skills is a half-known", { programming_languages: ["Python"] }, { required_skills: [], preferred_skills: [] }, 0.5],
    ["a profile with no skills is a half-known", {}, { required_skills: ["Python"] }, 0.5],
  ])("%s", (_name, profile, job, expected) => {
    expect(skillCoverage(...pair(profile, job))).toBeCloseTo(expected, 5);
  });

  it("weighs a missing required skill more than a missing preferred one", () => {
    const job = { required_skills: ["Python", "Kubernetes"], preferred_skills: ["Go", "Docker"] };
    const missingRequired = skillCoverage(...pair({ programming_languages: ["Python", "Go"], tools_platforms: ["Docker"] }, job));
    const missingPreferred = skillCoverage(...pair({ programming_languages: ["Python"], tools_platforms: ["Kubernetes", "Docker"] }, job));
    expect(missingPreferred).toBeGreaterThan(missingRequired);
  });

  it("counts a missing soft skill for little", () => {
    const job = { required_skills: ["Python", "SQL", "Written Communication"] };
    expect(skillCoverage(...pair({ programming_languages: ["Python", "SQL"] }, job))).toBeGreaterThan(0.85);
  });
});

describe("experience", () => {
  it.each<[string, Partial<MatchProfile>, Partial<MatchJob>, number]>([
    ["internship for a student", { career_level: "student" }, { seniority: "intern" }, 100],
    ["entry-level for a new grad", { career_level: "entry" }, { seniority: "entry" }, 100],
    ["senior role for a student", { career_level: "student" }, { seniority: "senior" }, 5],
    ["unknown seniority is neutral", { career_level: "entry" }, { seniority: null }, MATCHING_CONFIG.experience.unknown],
    ["asks 1 year, has 1", { career_level: "junior", years_of_experience: 1 }, { seniority: "junior", min_years_experience: 1 }, 100],
    ["asks 5+ years, has 1", { career_level: "junior", years_of_experience: 1 }, { seniority: "junior", min_years_experience: 5 }, 0.6 * 100 + 0.4 * 15],
    ["internship for someone who wants full-time only", { career_level: "entry", job_types: ["full-time"] }, { seniority: "intern", employment_type: "internship" }, 60 * 0.6],
  ])("%s", (_name, profile, job, expected) => {
    expect(experienceScore(...pair(profile, job))).toBeCloseTo(expected, 5);
  });

  it.each([
    ["no experience required", "<p>No experience required — new grads welcome. Python and SQL.</p>", null, "entry"],
    ["5+ years under nice to have", "<h3>Requirements</h3><ul><li>SQL and Excel</li></ul><h3>Nice to have</h3><ul><li>5+ years of experience with Python</li></ul>", null, null],
    ["5+ years as a requirement", "<h3>Requirements</h3><ul><li>5+ years of experience with Python</li></ul>", 5, "senior"],
  ])("reads the posting text: %s", (_name, html, years, seniority) => {
    const job = normalizedJob({ title: "Data Analyst", company: "Acme", location: "Austin, TX", descriptionHtml: html });
    expect([job.min_years_experience, job.seniority]).toEqual([years, seniority]);
  });

  it("scores '5+ years' in a nice-to-have list like no years at all", () => {
    const profile = makeProfile({ career_level: "entry", years_of_experience: 0 });
    const niceToHave = normalizedJob({ title: "Data Analyst", location: "Austin, TX", descriptionHtml: "<h3>Nice to have</h3><ul><li>5+ years of experience with Python</li></ul>" });
    const required = normalizedJob({ title: "Data Analyst", location: "Austin, TX", descriptionHtml: "<h3>Requirements</h3><ul><li>5+ years of experience with Python</li></ul>" });
    const pf = buildProfileFeatures(profile);
    expect(experienceScore(pf, buildJobFeatures(niceToHave))).toBeGreaterThan(experienceScore(pf, buildJobFeatures(required)) + 40);
  });
});

describe("location", () => {
  const L = MATCHING_CONFIG.location;
  const austin = { location: "Austin, TX", preferred_locations: ["Austin, TX", "Seattle, WA"] };
  it.each<[string, Partial<MatchProfile>, Partial<MatchJob>, number]>([
    ["same city", austin, { city: "Austin", region: "TX", country: "US" }, L.city],
    ["a preferred city", austin, { city: "Seattle", region: "WA", country: "US" }, L.city],
    ["same state", austin, { city: "Dallas", region: "TX", country: "US" }, L.region],
    ["same country, elsewhere", austin, { city: "Boston", region: "MA", country: "US" }, L.country],
    ["remote worldwide", austin, { remote_type: "remote", remote_worldwide: true, country: null, city: null, region: null }, L.remote_eligible],
    ["remote, no scope stated", austin, { remote_type: "remote", country: null, city: null, region: null }, L.remote_unscoped],
    ["on-site for a remote-only student", { ...austin, remote_preference: "remote" }, { city: "Austin", region: "TX", country: "US" }, L.city * L.remote_pref_onsite_job],
    ["hybrid for a remote-only student", { ...austin, remote_preference: "remote" }, { city: "Austin", region: "TX", country: "US", remote_type: "hybrid" }, L.city * L.remote_pref_hybrid_job],
    ["remote for an on-site-only student", { ...austin, remote_preference: "onsite" }, { remote_type: "remote", remote_regions: ["US"], country: "US", city: null, region: null }, L.remote_eligible * L.onsite_pref_remote_job],
    ["needs sponsorship, posting silent", { location: "West Lafayette, IN", work_authorization: "F-1 OPT", needs_sponsorship: true, preferred_locations: ["United States"] }, { city: "Boston", region: "MA", country: "US" }, L.country * L.sponsorship_unknown],
    ["needs sponsorship, posting sponsors", { location: "West Lafayette, IN", work_authorization: "F-1 OPT", needs_sponsorship: true, preferred_locations: ["United States"] }, { city: "Boston", region: "MA", country: "US", sponsorship: "yes" }, L.country * L.sponsorship_yes],
    ["unknown place", austin, { city: null, region: null, country: null, remote_type: null }, L.unknown],
  ])("%s", (_name, profile, job, expected) => {
    expect(locationScore(...pair(profile, job))).toBeCloseTo(expected, 5);
  });
});

describe("salary", () => {
  const P = MATCHING_CONFIG.salary;
  it.each<[string, Partial<MatchProfile>, Partial<MatchJob>, number]>([
    ["unknown job salary is neutral, not zero", { salary_range_min: 70000 }, { salary_annual_min: null, salary_annual_max: null }, P.neutral],
    ["no range on the profile is neutral", {}, { salary_annual_min: 80000, salary_annual_max: 90000, salary_currency: "USD" }, P.neutral],
    ["ranges overlap", { salary_range_min: 70000, salary_range_max: 90000 }, { salary_annual_min: 60000, salary_annual_max: 75000, salary_currency: "USD" }, 100],
    ["pays above the range", { salary_range_min: 70000, salary_range_max: 90000 }, { salary_annual_min: 120000, salary_annual_max: 140000, salary_currency: "USD" }, 100],
    ["tops out at 80% of the minimum", { salary_range_min: 100000 }, { salary_annual_min: 70000, salary_annual_max: 80000, salary_currency: "USD" }, 50],
    ["far below", { salary_range_min: 100000 }, { salary_annual_min: 40000, salary_annual_max: 50000, salary_currency: "USD" }, 0],
    ["London student, pounds on both sides", { location: "London, UK", salary_range_min: 28000 }, { salary_annual_min: 28000, salary_annual_max: 32000, salary_currency: "GBP" }, 100],
    ["Austin student, rupees a tenth of the dollar minimum", { salary_range_min: 70000 }, { salary_annual_min: 600000, salary_annual_max: 700000, salary_currency: "INR" }, 0],
  ])("%s", (_name, profile, job, expected) => {
    expect(salaryScore(...pair(profile, job))).toBeCloseTo(expected, 5);
  });
});

describe("culture", () => {
  const C = MATCHING_CONFIG.culture;
  it.each<[string, Partial<MatchProfile>, Partial<MatchJob>, number]>([
    ["nothing known is neutral", { company_size_preference: ["startup"] }, { company_size: null }, C.neutral],
    ["size matches", { company_size_preference: ["startup", "small"] }, { company_size: "startup" }, C.match],
    ["size does not match", { company_size_preference: ["startup"] }, { company_size: "enterprise" }, C.mismatch],
    ["industry matches, size does not", { company_size_preference: ["startup"], preferred_industries: ["Healthcare"] }, { company_size: "enterprise", industry: "healthcare" }, (C.match + C.mismatch) / 2],
  ])("%s", (_name, profile, job, expected) => {
    expect(cultureScore(...pair(profile, job))).toBeCloseTo(expected, 5);
  });
});

describe("scorePair", () => {
  const student = { career_level: "entry" as const, programming_languages: ["Python", "SQL"], tools_platforms: ["Tableau"], desired_roles: ["Data Analyst"], preferred_locations: ["Austin, TX"] };
  const analyst = { title: "Data Analyst", field: "data", required_skills: ["Python", "SQL", "Tableau"] };

  it("keeps every score within 0–100 and confidence within 0–1", () => {
    const s = scorePair(...pair(student, analyst));
    for (const v of [s.compatibility, s.skills, s.experience, s.location, s.salary, s.culture]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });

  it("puts an off-field job with perfect logistics well below an on-field one", () => {
    const onField = scorePair(...pair(student, analyst)).compatibility;
    const offField = scorePair(...pair(student, { title: "Registered Nurse", field: "healthcare", required_skills: ["Patient Care", "BLS"] })).compatibility;
    expect(onField).toBeGreaterThan(85);
    expect(offField).toBeLessThan(MATCHING_CONFIG.min_score_threshold);
  });

  it("pushes titles like a 'not my field' job down", () => {
    const job = { title: "Marketing Data Analyst", field: "data", required_skills: ["Python", "SQL"] };
    const before = scorePair(...pair(student, job)).compatibility;
    const after = scorePair(...pair(student, job, { notMyFieldTitles: ["Marketing Coordinator"] })).compatibility;
    const unrelated = scorePair(...pair(student, analyst, { notMyFieldTitles: ["Marketing Coordinator"] })).compatibility;
    expect(after).toBeLessThan(before * 0.8);
    expect(unrelated).toBe(scorePair(...pair(student, analyst)).compatibility);
  });

  it("is less confident when salary, seniority and skills are unknown", () => {
    const known = scorePair(...pair(student, { ...analyst, salary_annual_min: 70000, salary_annual_max: 80000, salary_currency: "USD" })).confidence;
    const unknown = scorePair(...pair(student, { title: "Analyst", seniority: null, required_skills: [], country: null, city: null, region: null, remote_type: null })).confidence;
    expect(known).toBe(1);
    expect(unknown).toBeLessThan(0.5);
  });

  it("reuses the object it is given", () => {
    const out = scorePair(...pair(student, analyst));
    expect(scorePair(...pair(student, analyst), out)).toBe(out);
  });
});
