import type { JobListing, UserProfile } from "@/db/schema";

/** The profile columns the matcher reads (a full UserProfile row satisfies it). */
export type MatchProfile = Pick<
  UserProfile,
  | "user_id" | "location" | "work_authorization" | "needs_sponsorship" | "years_of_experience" | "career_level"
  | "programming_languages" | "frameworks_libraries" | "tools_platforms" | "soft_skills" | "domain_skills"
  | "job_titles" | "desired_roles" | "preferred_locations" | "salary_range_min" | "salary_range_max" | "job_types"
  | "company_size_preference" | "preferred_industries" | "remote_preference" | "rejected_companies" | "rejected_title_terms"
>;

/** The job columns the matcher reads (a full JobListing row satisfies it). */
export type MatchJob = Pick<
  JobListing,
  | "id" | "title" | "company" | "location" | "city" | "region" | "country" | "remote_type" | "remote_regions"
  | "remote_worldwide" | "employment_type" | "seniority" | "min_years_experience" | "salary_annual_min"
  | "salary_annual_max" | "salary_currency" | "required_skills" | "preferred_skills" | "field" | "sponsorship"
  | "requires_citizenship" | "requires_security_clearance" | "company_size" | "industry" | "status"
>;

/**
 * What the student's feedback on earlier matches says, filled by the DB layer
 * from job_scores (feedback_reason, hidden) and the jobs those rows point at.
 */
export interface MatchFeedback {
  /** Companies from "company" feedback (profile.rejected_companies is read as well). */
  rejectedCompanies?: readonly string[];
  /** Titles of jobs marked "not_my_field": their specific words push similar titles down. */
  notMyFieldTitles?: readonly string[];
  /** `field` of those jobs: the field's affinity is halved. */
  notMyFieldFields?: readonly string[];
  /** How many jobs the student marked "too_senior": each tightens the seniority gate one step. */
  tooSeniorCount?: number;
  /** Jobs the student hid: they stay hidden. */
  hiddenJobIds?: readonly number[];
}

export const SENIORITY_RANK: Record<string, number> = { intern: 0, entry: 1, junior: 2, mid: 3, senior: 4, staff: 5, manager: 6 };
export const CAREER_RANK: Record<string, number> = { student: 0, entry: 1, junior: 2, mid: 3, senior: 4 };
export const CAREER_LEVEL_NAMES = ["student", "entry", "junior", "mid", "senior"] as const;
export const SENIORITY_NAMES = ["intern", "entry", "junior", "mid", "senior", "staff", "manager"] as const;

export const REMOTE_UNKNOWN = 0;
export const REMOTE_REMOTE = 1;
export const REMOTE_HYBRID = 2;
export const REMOTE_ONSITE = 3;
export const REMOTE_CODE: Record<string, number> = { remote: REMOTE_REMOTE, hybrid: REMOTE_HYBRID, onsite: REMOTE_ONSITE };

/** employment_type / job_types as bits. */
export const JOB_TYPE_BIT: Record<string, number> = { internship: 1, "full-time": 2, "part-time": 4, contract: 8 };

export const COMPANY_SIZE_BIT: Record<string, number> = { startup: 1, small: 2, medium: 4, large: 8, enterprise: 16 };

/** Per-job numbers, computed once per job and shared by every student. */
export interface JobFeatures {
  id: number;
  closed: boolean;
  /** SENIORITY_RANK, -1 unknown. */
  seniority: number;
  /** -1 unknown. */
  minYears: number;
  jobType: number;
  /** Skill ids and their weights (required / preferred, soft skills discounted). */
  skillIds: Int32Array;
  skillWeights: Float64Array;
  skillRequired: Uint8Array;
  skillWeightTotal: number;
  requiredCount: number;
  /** JOB_FIELDS index, -1 for "other" / unknown. */
  field: number;
  titleWordKeys: Int32Array;
  titleWordWeights: Float64Array;
  titleWeightTotal: number;
  titleGrams: Int32Array;
  company: number;
  remoteType: number;
  country: number;
  regionKey: number;
  cityKey: number;
  remoteRegions: Int32Array;
  worldwide: boolean;
  /** 0 unknown, 1 yes, 2 no. */
  sponsorship: number;
  citizenship: boolean;
  salaryMinUsd: number;
  salaryMaxUsd: number;
  companySize: number;
  industry: number;
  /** TF-IDF vector (term ids of a LexicalIndex, L2-normalised weights); empty until buildLexicalIndex runs. */
  lexIndex: number;
  lexTerms: Int32Array;
  lexWeights: Float32Array;
}

/** Per-student numbers, computed once per profile (and feedback) per run. */
export interface ProfileFeatures {
  level: number;
  levelKnown: boolean;
  years: number;
  yearsKnown: boolean;
  maxSeniority: number;
  /** Highest seniority scored at all: maxSeniority + 1 (with a penalty), or maxSeniority once "too senior" feedback exists. */
  gateSeniority: number;
  maxYearsGap: number;
  skills: Uint32Array;
  related: Uint32Array;
  skillCount: number;
  fieldAffinity: Float64Array;
  roleWords: Set<number>;
  penalisedWords: Set<number>;
  rejectedCompanies: Set<number>;
  rejectedTerms: Int32Array;
  hidden: Set<number>;
  placeFlags: Uint8Array;
  homeCountry: number;
  cityKeys: Int32Array;
  regionKeys: Int32Array;
  /** No place known at all: location gates cannot judge, so they pass. */
  anywhere: boolean;
  /** Nothing known about work rights and no sponsorship need stated: authorization gates pass. */
  authUnknown: boolean;
  remotePref: number;
  jobTypes: number;
  salaryMinUsd: number;
  salaryMaxUsd: number;
  /** The currency the student's range is read in (from where they live). */
  currency: string;
  sizePrefs: number;
  industries: Set<number>;
  /** Dense TF-IDF query over a LexicalIndex's vocabulary; null = rules only (no lexical blend). */
  lexIndex: number;
  lexQuery: Float32Array | null;
}
