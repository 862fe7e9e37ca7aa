import { describe, expect, it } from "vitest";
import { buildJobFeatures, buildProfileFeatures } from "./features";
import { MATCHING_CONFIG } from "./config";
import { gateJob, softGatePenalty, type GateKind } from "./prefilter";
import { makeJob, makeProfile, normalizedJob } from "./testing";
import type { MatchFeedback, MatchJob, MatchProfile } from "./types";

const gateOf = (profile: MatchProfile, job: MatchJob, feedback?: MatchFeedback): GateKind | null =>
  gateJob(buildProfileFeatures(profile, feedback), buildJobFeatures(job))?.gate ?? null;

const toronto = makeProfile({ location: "Toronto, ON", work_authorization: "Canadian Citizen", preferred_locations: ["Toronto, ON", "Remote"] });
const bengaluru = makeProfile({ location: "Bengaluru, India", work_authorization: null, needs_sponsorship: null, preferred_locations: ["Bengaluru", "Remote"] });
const berlin = makeProfile({ location: "Berlin, Germany", work_authorization: "EU Citizen", preferred_locations: ["Berlin", "Remote"] });
const f1 = makeProfile({ location: "West Lafayette, IN", work_authorization: "F-1 CPT", needs_sponsorship: true, preferred_locations: ["United States"] });
const austin = makeProfile({ preferred_locations: ["Austin, TX", "Remote"] });
const greenCard = makeProfile({ work_authorization: "US Permanent Resident", career_level: "entry" });
const london = makeProfile({ location: "London, UK", work_authorization: "UK Citizen", career_level: "junior", years_of_experience: 1 });

const remoteWorldwide = makeJob({ location: "Remote (Worldwide)", city: null, region: null, country: null, remote_type: "remote", remote_worldwide: true });
const remoteUs = makeJob({ location: "Remote (US residents only)", city: null, region: null, country: "US", remote_type: "remote", remote_regions: ["US"] });

describe("gateJob — status, feedback and rejections", () => {
  it.each<[string, MatchProfile, MatchJob, MatchFeedback | undefined, GateKind | null]>([
    ["open job, nothing against it", austin, makeJob(), undefined, null],
    ["closed posting", austin, makeJob({ status: "closed" }), undefined, "closed"],
    ["hidden stays hidden", austin, makeJob({ id: 9001 }), { hiddenJobIds: [9001] }, "hidden"],
    ["rejected company, other spelling", makeProfile({ rejected_companies: ["Acme, Inc."] }), makeJob({ company: "ACME" }), undefined, "rejected_company"],
    ["company rejected through feedback", austin, makeJob({ company: "Loopwise" }), { rejectedCompanies: ["loopwise"] }, "rejected_company"],
    ["a different company passes", makeProfile({ rejected_companies: ["Acme"] }), makeJob({ company: "Acme Robotics" }), undefined, null],
    ["rejected title word", makeProfile({ rejected_title_terms: ["sales"] }), makeJob({ title: "Sales Development Representative" }), undefined, "rejected_title"],
    ["rejected title phrase", makeProfile({ rejected_title_terms: ["call center"] }), makeJob({ title: "Call Center Agent" }), undefined, "rejected_title"],
    ["phrase needs its words together", makeProfile({ rejected_title_terms: ["call center"] }), makeJob({ title: "Center for Data, on call" }), undefined, null],
  ])("%s", (_name, profile, job, feedback, expected) => {
    expect(gateOf(profile, job, feedback)).toBe(expected);
  });
});

describe("gateJob — seniority", () => {
  const student = makeProfile({ career_level: "student" });
  const newGrad = makeProfile({ career_level: "entry", years_of_experience: 0.5 });
  const mid = makeProfile({ career_level: "mid", years_of_experience: 4 });
  it.each<[string, MatchProfile, Partial<MatchJob>, MatchFeedback | undefined, GateKind | null]>([
    ["staff role for a student: one level over, scored with a penalty", student, { seniority: "staff" }, undefined, null],
    ["manager role for a student: two levels over", student, { seniority: "manager" }, undefined, "too_senior"],
    ["after 'too senior' feedback one level over is gated again", student, { seniority: "staff" }, { tooSeniorCount: 1 }, "too_senior"],
    ["manager role for a new grad", newGrad, { seniority: "manager" }, undefined, "too_senior"],
    ["senior role for a student is scored low, not gated", student, { seniority: "senior" }, undefined, null],
    ["one too-senior reason tightens to senior", student, { seniority: "senior" }, { tooSeniorCount: 1 }, "too_senior"],
    ["two tighten to mid", newGrad, { seniority: "mid" }, { tooSeniorCount: 2 }, "too_senior"],
    ["never below junior for a student", student, { seniority: "junior" }, { tooSeniorCount: 9 }, null],
    ["staff role for a mid-level professional", mid, { seniority: "staff" }, undefined, null],
    ["asks 8 years, student has 0", student, { seniority: null, min_years_experience: 8 }, undefined, "too_senior"],
    ["asks 5 years, student has 0: scored, not gated", student, { seniority: null, min_years_experience: 5 }, undefined, null],
  ])("%s", (_name, profile, job, feedback, expected) => {
    expect(gateOf(profile, makeJob(job), feedback)).toBe(expected);
  });

  it("does not read 'Senior' in a company name as a senior job", () => {
    const job = normalizedJob({ title: "Software Developer", company: "Senior Care Partners", location: "Austin, TX", descriptionHtml: "<p>No experience required. Python and SQL.</p>" });
    expect(job.seniority).toBe("entry");
    expect(gateOf(student, job)).toBeNull();
  });

  it("treats a Staff Accountant as an ordinary (entry-level) job", () => {
    const job = normalizedJob({ title: "Staff Accountant", company: "Harlow CPAs", location: "Austin, TX", descriptionHtml: "<h3>Requirements</h3><ul><li>0-2 years of experience in accounting</li><li>GAAP and Excel</li></ul>" });
    expect(job.seniority).toBe("staff"); // the normaliser's reading; the matcher guards it
    expect(gateOf(newGrad, job)).toBeNull();
    const penalty = (job: MatchJob) => softGatePenalty(buildProfileFeatures(newGrad), buildJobFeatures(job));
    expect(penalty(job)).toBe(1);
    expect(penalty(makeJob({ title: "Staff Software Engineer", seniority: "staff" }))).toBe(MATCHING_CONFIG.gates.soft.one_level_over);
  });
});

describe("gateJob — location and work authorization", () => {
  const usOnsite = (fields: Partial<MatchJob> = {}) => makeJob({ location: "New York, NY", city: "New York", region: "NY", country: "US", ...fields });
  it.each<[string, MatchProfile, MatchJob, GateKind | null]>([
    ["remote worldwide, student in Toronto", toronto, remoteWorldwide, null],
    ["remote worldwide, student in Bengaluru", bengaluru, remoteWorldwide, null],
    ["remote worldwide, student in Berlin", berlin, remoteWorldwide, null],
    ["remote US-only, student in Toronto", toronto, remoteUs, "location"],
    ["remote US-only, student in Bengaluru", bengaluru, remoteUs, "location"],
    ["remote US-only, student in Berlin", berlin, remoteUs, "location"],
    ["remote US-only, student in Austin", austin, remoteUs, null],
    ["remote US-only, F-1 student, sponsorship unknown", f1, remoteUs, null],
    ["remote US-only, F-1 student, no sponsorship", f1, { ...remoteUs, sponsorship: "no" }, "authorization"],
    ["remote EU, EU citizen in Berlin", berlin, makeJob({ country: null, city: null, region: null, remote_type: "remote", remote_regions: ["EU"] }), null],
    ["remote EMEA, UK citizen in London", london, makeJob({ country: null, city: null, region: null, remote_type: "remote", remote_regions: ["EMEA"] }), null],
    ["remote EU, student in Austin", austin, makeJob({ country: null, city: null, region: null, remote_type: "remote", remote_regions: ["EU"] }), "location"],
    ["US on-site, Toronto student who never asked for the US", toronto, usOnsite(), "location"],
    ["US on-site, Toronto student who wants New York, no sponsorship", { ...toronto, preferred_locations: ["Toronto, ON", "New York, NY"] }, usOnsite({ sponsorship: "no" }), "authorization"],
    ["US on-site, Toronto student who wants New York, sponsors", { ...toronto, preferred_locations: ["Toronto, ON", "New York, NY"] }, usOnsite({ sponsorship: "yes" }), null],
    ["US on-site, Toronto student who wants New York, sponsorship unknown", { ...toronto, preferred_locations: ["Toronto, ON", "New York, NY"] }, usOnsite(), null],
    ["citizenship required, US citizen", austin, usOnsite({ requires_citizenship: true }), null],
    ["citizenship required, permanent resident", greenCard, usOnsite({ requires_citizenship: true }), "authorization"],
    ["security clearance, F-1 student", f1, usOnsite({ requires_security_clearance: true }), "authorization"],
    ["F-1 internship that does not sponsor (CPT covers it)", f1, usOnsite({ sponsorship: "no", employment_type: "internship", seniority: "intern" }), null],
    ["F-1 full-time job that does not sponsor", f1, usOnsite({ sponsorship: "no" }), "authorization"],
    ["London job, Austin student", austin, makeJob({ location: "London, UK", city: "London", region: "England", country: "GB" }), "location"],
    ["no place known on the profile: nothing to judge by", makeProfile({ location: null, work_authorization: null, needs_sponsorship: null }), makeJob({ location: "London, UK", city: "London", country: "GB" }), null],
    ["relocation within the US: Denver passes", makeProfile({ location: "Detroit, MI", preferred_locations: ["Detroit, MI", "Open to relocation within the US"] }), makeJob({ city: "Denver", region: "CO", country: "US" }), null],
    ["relocation within the US: Monterrey does not", makeProfile({ location: "Detroit, MI", preferred_locations: ["Detroit, MI", "Open to relocation within the US"] }), makeJob({ city: "Monterrey", region: null, country: "MX" }), "location"],
    ["open to relocating anywhere", makeProfile({ location: "Detroit, MI", preferred_locations: ["Anywhere"] }), makeJob({ city: "Monterrey", region: null, country: "MX" }), null],
    ["job with no known place", toronto, makeJob({ location: null, city: null, region: null, country: null, remote_type: null }), null],
  ])("%s", (_name, profile, job, expected) => {
    expect(gateOf(profile, job)).toBe(expected);
  });

  it("reads 'Remote (US residents only)' and 'Remote (Worldwide)' from posting text", () => {
    const usOnly = normalizedJob({ title: "Python Developer", location: "Remote (US residents only)", remoteHint: "remote" });
    const anywhere = normalizedJob({ title: "Python Developer", location: "Remote (Worldwide)", remoteHint: "remote" });
    expect([gateOf(toronto, usOnly), gateOf(toronto, anywhere)]).toEqual(["location", null]);
  });
});

describe("soft gates", () => {
  const usCitizenInToronto = makeProfile({ location: "Toronto, ON", work_authorization: "US Citizen", preferred_locations: ["Toronto, ON"] });
  const seattle = (remote_type: "hybrid" | "onsite") => makeJob({ location: "Seattle, WA", city: "Seattle", region: "WA", country: "US", remote_type });
  const pf = () => buildProfileFeatures(usCitizenInToronto);

  it("a hybrid job in a country the student may work in but did not list is scored with a penalty", () => {
    expect(gateOf(usCitizenInToronto, seattle("hybrid"))).toBeNull();
    expect(softGatePenalty(pf(), buildJobFeatures(seattle("hybrid")))).toBe(MATCHING_CONFIG.gates.soft.hybrid_unlisted_country);
  });

  it("the same job on-site stays gated, and hybrid where they may not work stays gated", () => {
    expect(gateOf(usCitizenInToronto, seattle("onsite"))).toBe("location");
    expect(gateOf(toronto, seattle("hybrid"))).toBe("location");
  });

  it("hard facts stay gates: sponsorship refused, citizenship, remote restricted elsewhere, closed", () => {
    expect(gateOf(f1, makeJob({ country: "US", city: "Austin", region: "TX", sponsorship: "no" }))).toBe("authorization");
    expect(gateOf(toronto, makeJob({ country: "CA", city: "Toronto", region: "ON", requires_citizenship: true, location: "Toronto, ON" }))).toBeNull();
    expect(gateOf(f1, makeJob({ country: "US", city: "Austin", region: "TX", requires_security_clearance: true }))).toBe("authorization");
    expect(gateOf(toronto, remoteUs)).toBe("location");
    expect(gateOf(austin, makeJob({ status: "closed", remote_type: "hybrid" }))).toBe("closed");
  });

  it("nothing soft applies to an ordinary job", () => {
    expect(softGatePenalty(buildProfileFeatures(austin), buildJobFeatures(makeJob()))).toBe(1);
  });
});
