import { normalizeJob } from "@/lib/jobs/normalize/normalize-job";
import type { JobPosting } from "@/lib/jobs/types";
import type { MatchJob, MatchProfile } from "./types";

/** Builders for matcher tests: a neutral student and job, overridden per case. */
export function makeProfile(fields: Partial<MatchProfile> = {}): MatchProfile {
  return {
    user_id: "test", location: "Austin, TX", work_authorization: "US Citizen", needs_sponsorship: false, years_of_experience: 0, career_level: "student",
    programming_languages: [], frameworks_libraries: [], tools_platforms: [], soft_skills: [], domain_skills: [],
    job_titles: [], desired_roles: [], preferred_locations: [], salary_range_min: null, salary_range_max: null, job_types: [],
    company_size_preference: [], preferred_industries: [], remote_preference: null, rejected_companies: [], rejected_title_terms: [],
    ...fields,
  };
}

let nextId = 1;

export function makeJob(fields: Partial<MatchJob> = {}): MatchJob {
  return {
    id: nextId++, title: "Software Engineer", company: "Acme", location: "Austin, TX", city: "Austin", region: "TX", country: "US",
    remote_type: "onsite", remote_regions: [], remote_worldwide: false, employment_type: "full-time", seniority: "entry",
    min_years_experience: null, salary_annual_min: null, salary_annual_max: null, salary_currency: null,
    required_skills: [], preferred_skills: [], field: "software", sponsorship: null, requires_citizenship: false,
    requires_security_clearance: false, company_size: null, industry: null, status: "open",
    ...fields,
  };
}

/** A job as the feed normaliser would store it, from posting-like text. */
export function normalizedJob(posting: Partial<JobPosting> & { title: string }): MatchJob {
  const job = normalizeJob(
    { externalId: null, company: null, location: null, url: null, descriptionHtml: null, postedAt: null, employmentType: null, salaryText: null, tags: [], remoteHint: null, closed: false, ...posting },
    { sourceKind: "greenhouse", now: new Date("2026-01-15T00:00:00Z") },
  );
  return { ...job, id: nextId++, status: job.closed ? "closed" : "open", company_size: null, industry: null };
}
