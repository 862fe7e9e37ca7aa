import { contentHash, dedupeKey, textFingerprint } from "../dedupe";
import type { JobPosting, NormalizedJob } from "../types";
import { parseEmploymentType } from "./employment-type";
import { classifyField } from "./field";
import { htmlToText } from "./html";
import { formatLocation, parseLocation } from "./location";
import { annualise, fromStructured, parseSalary } from "./salary";
import { parseMinYears, parseSeniority } from "./seniority";
import { extractJobSkills } from "./skills";
import { parseWorkAuthorization } from "./sponsorship";
import { cleanTitle, splitTitleCompany } from "./title-company";

export interface NormalizeContext {
  /** "rss" | "atom" | "greenhouse" | "lever" | "ashby" */
  sourceKind: string;
  now: Date;
}

const MAX_TAGS = 20;
const FUTURE_TOLERANCE_MS = 60 * 60 * 1000;

/** Only http(s) links are stored: a `javascript:` URL from a feed must never reach an <a href>. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function cleanTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = tag.replace(/\s+/g, " ").trim().slice(0, 60);
    if (clean && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
  }
  return [...seen.values()].slice(0, MAX_TAGS);
}

/** One feed posting → the row stored in `job_listings`. Pure and synchronous. */
export function normalizeJob(posting: JobPosting, { sourceKind, now }: NormalizeContext): NormalizedJob {
  const split = splitTitleCompany(posting.title, posting.company);
  const title = split.title || cleanTitle(posting.title) || posting.title.trim();
  const company = split.company?.replace(/\s+/g, " ").trim() || null;
  const description = htmlToText(posting.descriptionHtml);
  const locationSource = posting.location?.trim() || split.location;

  const place = parseLocation({ location: locationSource, remoteHint: posting.remoteHint, title: posting.title, description });
  const salary =
    fromStructured(posting.salary) ??
    parseSalary(posting.salaryText, { countryHint: place.country }) ??
    parseSalary(description, { countryHint: place.country, strict: true });
  const annual = annualise(salary);

  const employmentType = parseEmploymentType(posting.employmentType, title, description);
  const minYears = parseMinYears(description);
  const seniority = parseSeniority(title, description, employmentType, minYears);
  const tags = cleanTags(posting.tags);
  // Feed categories are often skills ("python"); ATS tags are departments ("Sales"), not skills.
  const skills = extractJobSkills(description, sourceKind === "rss" || sourceKind === "atom" ? tags : []);
  const auth = parseWorkAuthorization(description);
  const postedAt = posting.postedAt && posting.postedAt.getTime() <= now.getTime() + FUTURE_TOLERANCE_MS ? posting.postedAt : null;
  const location = formatLocation(locationSource, place);
  const url = safeUrl(posting.url);

  return {
    title,
    company,
    location,
    city: place.city,
    region: place.region,
    country: place.country,
    remote_type: place.remote_type,
    remote_regions: place.remote_regions,
    remote_worldwide: place.remote_worldwide,
    description,
    url,
    external_id: posting.externalId,
    employment_type: employmentType,
    seniority,
    min_years_experience: minYears,
    salary_min: salary?.min ?? null,
    salary_max: salary?.max ?? null,
    salary_currency: salary?.currency ?? null,
    salary_period: salary?.period ?? null,
    salary_annual_min: annual.min,
    salary_annual_max: annual.max,
    required_skills: skills.required,
    preferred_skills: skills.preferred,
    tags,
    sponsorship: auth.sponsorship,
    requires_security_clearance: auth.requires_security_clearance,
    requires_citizenship: auth.requires_citizenship,
    field: classifyField(title, [...skills.required, ...skills.preferred]),
    posted_at: postedAt,
    closed: posting.closed,
    dedupe_key: dedupeKey({ company, title, location: place }),
    content_hash: contentHash([title, company, location, description, url, salary, employmentType]),
    text_fingerprint: textFingerprint(`${title}\n${description}`),
  };
}
