/**
 * Shapes shared by the ingestion pipeline: what source adapters yield
 * (`JobPosting`, close to the feed) and what gets stored (`NormalizedJob`,
 * mirrored column-for-column by the `job_listings` table in snake_case).
 */

export const SALARY_PERIODS = ["year", "month", "week", "day", "hour"] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

export const REMOTE_TYPES = ["remote", "hybrid", "onsite"] as const;
export type RemoteType = (typeof REMOTE_TYPES)[number];

export const EMPLOYMENT_TYPES = ["full-time", "part-time", "contract", "internship"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const SENIORITIES = ["intern", "entry", "junior", "mid", "senior", "staff", "manager"] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const JOB_FIELDS = [
  "software", "data", "electrical", "mechanical", "civil", "design", "business",
  "finance", "marketing", "healthcare", "life_sciences", "other",
] as const;
export type JobField = (typeof JOB_FIELDS)[number];

export type Sponsorship = "yes" | "no";

/** A salary a source states in structured form (Lever's salaryRange, Ashby's compensation). */
export interface StructuredSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
}

/** One posting as a source adapter read it: raw-ish strings, no interpretation yet. */
export interface JobPosting {
  externalId: string | null;
  title: string;
  company: string | null;
  location: string | null;
  url: string | null;
  descriptionHtml: string | null;
  postedAt: Date | null;
  employmentType: string | null;
  salaryText: string | null;
  /** Set when the source gives numbers rather than text; preferred over `salaryText`. */
  salary?: StructuredSalary | null;
  tags: string[];
  /** "remote" / "hybrid" / "onsite" / "Remote (US)"… as the source flags it, if it does. */
  remoteHint: string | null;
  closed: boolean;
  /** The source item, for debugging; adapters keep it small (never the whole feed). */
  raw?: unknown;
}

/** What gets stored in `job_listings` (snake_case to match the table's columns). */
export interface NormalizedJob {
  title: string;
  company: string | null;
  /** Display string, e.g. "Austin, TX, US" or "Remote (US)". */
  location: string | null;
  city: string | null;
  region: string | null;
  /** ISO-3166 alpha-2 where known. */
  country: string | null;
  remote_type: RemoteType | null;
  /** ISO country codes or region codes ("EU", "EMEA", "APAC", "LATAM", "AMERICAS"); [] = unrestricted or unknown. */
  remote_regions: string[];
  /** True only when the posting says so ("Anywhere", "Worldwide"). */
  remote_worldwide: boolean;
  /** Sanitised plain text. */
  description: string;
  url: string | null;
  external_id: string | null;
  employment_type: EmploymentType | null;
  seniority: Seniority | null;
  min_years_experience: number | null;
  salary_min: number | null;
  salary_max: number | null;
  /** ISO 4217. */
  salary_currency: string | null;
  salary_period: SalaryPeriod | null;
  salary_annual_min: number | null;
  salary_annual_max: number | null;
  required_skills: string[];
  preferred_skills: string[];
  tags: string[];
  sponsorship: Sponsorship | null;
  requires_security_clearance: boolean;
  requires_citizenship: boolean;
  field: JobField;
  posted_at: Date | null;
  closed: boolean;
  dedupe_key: string;
  /** sha256 hex of the normalised content: changes when the posting changes. */
  content_hash: string;
  /** 64-bit simhash as 16 hex chars, for near-duplicate detection. */
  text_fingerprint: string;
}
