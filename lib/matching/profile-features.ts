import { classifyField } from "@/lib/jobs/normalize/field";
import { parseLocation } from "@/lib/jobs/normalize/location";
import { JOB_FIELDS, type JobField } from "@/lib/jobs/types";
import { MATCHING_CONFIG } from "./config";
import { toUsd } from "./job-features";
import { PLACE_ACCEPT, PLACE_AUTH, PLACE_CAPACITY, PLACE_CITIZEN, REGION_MEMBERS, cityKey, placeCode, regionKey, spreadToRegions } from "./places";
import { RELATED_IDS, SKILL_FIELD_IDS, SOFT_SKILL, hasBit, newSkillBits, setBit, skillIdsOf } from "./skill-ids";
import { GENERIC_ROLE_WORDS, companyKey, hashKey, termKey, titleWords } from "./text-keys";
import { CAREER_RANK, COMPANY_SIZE_BIT, JOB_TYPE_BIT, REMOTE_CODE, REMOTE_REMOTE, REMOTE_UNKNOWN, type MatchFeedback, type MatchProfile, type ProfileFeatures } from "./types";
import { readWorkRights } from "./work-authorization";

const { gates: G, feedback: F } = MATCHING_CONFIG;
const ANYWHERE = /\b(?:anywhere|open to relocat\w*|willing to relocate|relocat\w*|any location|flexible)\b/i;
const CURRENCY_BY_COUNTRY: Record<string, string> = { US: "USD", CA: "CAD", GB: "GBP", IN: "INR", AU: "AUD", CH: "CHF", SG: "SGD", MX: "MXN", BR: "BRL", JP: "JPY", SE: "SEK", NO: "NOK", DK: "DKK", PL: "PLN", NZ: "NZD", IL: "ILS", AE: "AED" };
for (const eu of REGION_MEMBERS.EU) CURRENCY_BY_COUNTRY[eu] ??= "EUR";

function skillNames(p: MatchProfile): string[] {
  return [...(p.programming_languages ?? []), ...(p.frameworks_libraries ?? []), ...(p.tools_platforms ?? []), ...(p.domain_skills ?? []), ...(p.soft_skills ?? [])];
}

function levelOf(p: MatchProfile): { level: number; known: boolean } {
  const rank = p.career_level ? CAREER_RANK[p.career_level] : undefined;
  if (rank !== undefined) return { level: rank, known: true };
  const years = p.years_of_experience ?? 0;
  return { level: years < 1 ? 1 : years < 3 ? 2 : years < 6 ? 3 : 4, known: false };
}

/** Field affinity 0..1 per JOB_FIELDS index: desired roles weigh most, then past titles, then skills. */
function fieldAffinity(p: MatchProfile, skillIds: Int32Array, feedback: MatchFeedback): Float64Array {
  const votes = new Float64Array(JOB_FIELDS.length);
  for (const id of skillIds) if (!SOFT_SKILL[id]) for (const f of SKILL_FIELD_IDS[id]) votes[f] += 1;
  const vote = (title: string, weight: number) => {
    const f = JOB_FIELDS.indexOf(classifyField(title, []));
    if (f >= 0 && JOB_FIELDS[f] !== "other") votes[f] += weight;
  };
  const skillTotal = votes.reduce((a, b) => a + b, 0) || 1;
  for (const role of p.desired_roles ?? []) vote(role, skillTotal * 0.5);
  for (const title of p.job_titles ?? []) vote(title, skillTotal * 0.2);
  const max = Math.max(...votes) || 1;
  for (let i = 0; i < votes.length; i++) votes[i] /= max;
  for (const field of feedback.notMyFieldFields ?? []) {
    const f = JOB_FIELDS.indexOf(field as JobField);
    if (f >= 0) votes[f] *= F.not_my_field_field;
  }
  return votes;
}

/** Everything the pair loop needs from one student, as numbers. Call once per student per run. */
export function buildProfileFeatures(p: MatchProfile, feedback: MatchFeedback = {}): ProfileFeatures {
  const ids = skillIdsOf(skillNames(p));
  const skills = newSkillBits();
  const related = newSkillBits();
  for (const id of ids) setBit(skills, id);
  for (const id of ids) for (const r of RELATED_IDS[id]) if (!hasBit(skills, r)) setBit(related, r);

  const { level, known } = levelOf(p);
  const tooSenior = Math.max(0, feedback.tooSeniorCount ?? 0);
  const baseMax = G.max_seniority[(p.career_level ?? "mid") as keyof typeof G.max_seniority] ?? 6;
  const floor = level <= 1 ? 2 : level + 1;

  const roleTitles = [...(p.desired_roles ?? []), ...(p.job_titles ?? [])];
  const roleWords = new Set(roleTitles.flatMap(titleWords).map(hashKey));
  const penalisedWords = new Set(
    (feedback.notMyFieldTitles ?? []).flatMap(titleWords).filter((w) => !GENERIC_ROLE_WORDS.has(w)).map(hashKey).filter((k) => !roleWords.has(k)),
  );

  // Places: home, preferred locations and work rights → one flag byte per place code.
  const placeFlags = new Uint8Array(PLACE_CAPACITY);
  const home = parseLocation({ location: p.location ?? null });
  const homeCountry = placeCode(home.country);
  const rights = readWorkRights(p.work_authorization, p.needs_sponsorship);
  for (const [code, bits] of rights.grants) placeFlags[code] |= bits;
  if (homeCountry >= 0) placeFlags[homeCountry] |= PLACE_ACCEPT | (rights.homeAssumed ? PLACE_AUTH : 0) | (rights.homeCitizen ? PLACE_CITIZEN : 0);
  const cityKeys = [cityKey(home.city, home.country)];
  const regionKeys = [regionKey(home.region, home.country)];
  let anywhere = false;
  let statedRemote = false;
  for (const raw of p.preferred_locations ?? []) {
    // "Open to relocation within the US": the place is what follows "within / in / across".
    const scoped = ANYWHERE.test(raw) ? /\b(?:within|in|across|around)\s+(?:the\s+)?(.+)$/i.exec(raw)?.[1] : undefined;
    const place = parseLocation({ location: scoped ?? raw });
    // "Open to relocation within the US" widens to the country; "Anywhere" to everywhere.
    if ((ANYWHERE.test(raw) && !place.country && place.remote_regions.length === 0) || place.remote_worldwide) anywhere = true;
    if (place.remote_type === "remote" && !place.city && !place.country) statedRemote = true;
    const country = placeCode(place.country);
    if (country >= 0) placeFlags[country] |= PLACE_ACCEPT;
    for (const region of place.remote_regions) for (const member of REGION_MEMBERS[region] ?? [region]) placeFlags[placeCode(member)] |= PLACE_ACCEPT;
    cityKeys.push(cityKey(place.city, place.country));
    regionKeys.push(regionKey(place.region, place.country));
  }
  spreadToRegions(placeFlags);
  if (!placeFlags.some((f) => (f & PLACE_ACCEPT) !== 0)) anywhere = true;
  const authUnknown = p.needs_sponsorship !== true && !placeFlags.some((f) => (f & PLACE_AUTH) !== 0);

  const currency = CURRENCY_BY_COUNTRY[home.country ?? "US"] ?? "USD";
  const rejectedTerms = (p.rejected_title_terms ?? []).map(termKey).filter((k): k is number => k !== null);
  let remotePref = p.remote_preference && p.remote_preference !== "any" ? (REMOTE_CODE[p.remote_preference] ?? REMOTE_UNKNOWN) : REMOTE_UNKNOWN;
  if (!p.remote_preference && statedRemote && (p.preferred_locations ?? []).length === 1) remotePref = REMOTE_REMOTE;

  return {
    level,
    levelKnown: known,
    years: p.years_of_experience ?? 0,
    yearsKnown: p.years_of_experience != null,
    maxSeniority: Math.max(floor, baseMax - tooSenior),
    gateSeniority: Math.max(floor, baseMax - tooSenior) + (tooSenior > 0 ? 0 : 1),
    maxYearsGap: Math.max(2, G.max_years_gap - tooSenior),
    skills,
    related,
    skillCount: ids.length,
    fieldAffinity: fieldAffinity(p, ids, feedback),
    roleWords,
    penalisedWords,
    rejectedCompanies: new Set([...(p.rejected_companies ?? []), ...(feedback.rejectedCompanies ?? [])].map(companyKey).filter((k) => k !== 0)),
    rejectedTerms: Int32Array.from(rejectedTerms),
    hidden: new Set(feedback.hiddenJobIds ?? []),
    placeFlags,
    homeCountry,
    cityKeys: Int32Array.from(cityKeys.filter((k) => k !== 0)),
    regionKeys: Int32Array.from(regionKeys.filter((k) => k !== 0)),
    anywhere,
    authUnknown,
    remotePref,
    jobTypes: (p.job_types ?? []).reduce((mask, t) => mask | (JOB_TYPE_BIT[t] ?? 0), 0),
    salaryMinUsd: toUsd(p.salary_range_min ?? p.salary_range_max, currency),
    salaryMaxUsd: toUsd(p.salary_range_max ?? p.salary_range_min, currency),
    currency,
    sizePrefs: (p.company_size_preference ?? []).reduce((mask, s) => mask | (COMPANY_SIZE_BIT[s] ?? 0), 0),
    industries: new Set((p.preferred_industries ?? []).map((i) => hashKey(i.toLowerCase().trim()))),
    lexIndex: 0,
    lexQuery: null,
  };
}
