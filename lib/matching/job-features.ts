import { JOB_FIELDS, type JobField } from "@/lib/jobs/types";
import { MATCHING_CONFIG } from "./config";
import { cityKey, placeCode, regionKey } from "./places";
import { SOFT_SKILL, skillIdsOf } from "./skill-ids";
import { GENERIC_ROLE_WORDS, companyKey, hashKey, titleGramKeys, titleWords } from "./text-keys";
import { COMPANY_SIZE_BIT, JOB_TYPE_BIT, REMOTE_CODE, REMOTE_UNKNOWN, SENIORITY_RANK, type JobFeatures, type MatchJob } from "./types";

const { skills: S, usd_per_unit: USD } = MATCHING_CONFIG;
const GENERIC_TITLE_WEIGHT = 0.4;
const NO_TERMS = new Int32Array(0);
const NO_WEIGHTS = new Float32Array(0);
/**
 * "Staff Accountant", "Staff Nurse", "Staff Writer": "staff" there means an
 * ordinary member of staff, an entry-level title, not a staff engineer. The
 * normaliser reads them as "staff"; guard here so the seniority gate stays fair.
 */
const STAFF_AS_EMPLOYEE = /\bstaff\s+(?:accountant|auditor|nurse|rn|pharmacist|writer|assistant|attorney|accountants?|tax|physical therapist|therapist|technician|reporter|photographer)\b/i;

function seniorityRank(job: MatchJob): number {
  if (!job.seniority) return -1;
  if (job.seniority === "staff" && STAFF_AS_EMPLOYEE.test(job.title)) return job.min_years_experience != null && job.min_years_experience >= 3 ? SENIORITY_RANK.mid : SENIORITY_RANK.entry;
  return SENIORITY_RANK[job.seniority] ?? -1;
}

/** Yearly amount in USD, NaN when unknown or in a currency the table does not know. */
export function toUsd(amount: number | null | undefined, currency: string | null | undefined): number {
  if (amount == null || !Number.isFinite(amount)) return NaN;
  const rate = USD[(currency ?? "USD").toUpperCase()];
  return rate === undefined ? NaN : amount * rate;
}

/** Everything the pair loop needs from one job, as numbers. Call once per job per run. */
export function buildJobFeatures(job: MatchJob): JobFeatures {
  const required = skillIdsOf(job.required_skills);
  const preferred = skillIdsOf(job.preferred_skills).filter((id) => !required.includes(id));
  const count = required.length + preferred.length;
  const skillIds = new Int32Array(count);
  const skillWeights = new Float64Array(count);
  const skillRequired = new Uint8Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const isRequired = i < required.length;
    const id = isRequired ? required[i] : preferred[i - required.length];
    const weight = (isRequired ? S.required_weight : S.preferred_weight) * (SOFT_SKILL[id] ? S.soft_factor : 1);
    skillIds[i] = id;
    skillWeights[i] = weight;
    skillRequired[i] = isRequired ? 1 : 0;
    total += weight;
  }

  const words = [...new Set(titleWords(job.title))];
  const titleWordWeights = Float64Array.from(words, (w) => (GENERIC_ROLE_WORDS.has(w) ? GENERIC_TITLE_WEIGHT : 1));
  const fieldIndex = JOB_FIELDS.indexOf((job.field ?? "other") as JobField);
  const salaryMin = toUsd(job.salary_annual_min ?? job.salary_annual_max, job.salary_currency);
  const salaryMax = toUsd(job.salary_annual_max ?? job.salary_annual_min, job.salary_currency);

  return {
    id: job.id,
    closed: job.status === "closed",
    seniority: seniorityRank(job),
    minYears: job.min_years_experience ?? -1,
    jobType: job.employment_type ? (JOB_TYPE_BIT[job.employment_type] ?? 0) : 0,
    skillIds,
    skillWeights,
    skillRequired,
    skillWeightTotal: total,
    requiredCount: required.length,
    field: fieldIndex < 0 || JOB_FIELDS[fieldIndex] === "other" ? -1 : fieldIndex,
    titleWordKeys: Int32Array.from(words, hashKey),
    titleWordWeights,
    titleWeightTotal: titleWordWeights.reduce((a, b) => a + b, 0),
    titleGrams: titleGramKeys(job.title),
    company: companyKey(job.company),
    remoteType: job.remote_type ? (REMOTE_CODE[job.remote_type] ?? REMOTE_UNKNOWN) : REMOTE_UNKNOWN,
    country: placeCode(job.country),
    regionKey: regionKey(job.region, job.country),
    cityKey: cityKey(job.city, job.country),
    remoteRegions: Int32Array.from((job.remote_regions ?? []).map(placeCode).filter((c) => c >= 0)),
    worldwide: job.remote_worldwide === true,
    sponsorship: job.sponsorship === "yes" ? 1 : job.sponsorship === "no" ? 2 : 0,
    citizenship: job.requires_citizenship === true || job.requires_security_clearance === true,
    salaryMinUsd: salaryMin,
    salaryMaxUsd: salaryMax,
    companySize: job.company_size ? (COMPANY_SIZE_BIT[job.company_size] ?? 0) : 0,
    industry: job.industry ? hashKey(job.industry.toLowerCase().trim()) : 0,
    lexIndex: 0,
    lexTerms: NO_TERMS,
    lexWeights: NO_WEIGHTS,
  };
}
