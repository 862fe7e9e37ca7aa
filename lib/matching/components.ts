import { MATCHING_CONFIG } from "./config";
import { PLACE_ACCEPT, PLACE_AUTH, PLACE_INTERN_OK } from "./places";
import { hasBit } from "./skill-ids";
import { REMOTE_HYBRID, REMOTE_ONSITE, REMOTE_REMOTE, type JobFeatures, type ProfileFeatures } from "./types";

/** The five component scores (0–100), each a pure function of the two feature sets. */
const { skills: S, experience: E, location: L, salary: P, culture: C } = MATCHING_CONFIG;

/** Weighted share of the posting's skills on the resume (related skills count half); 0..1. */
export function skillCoverage(pf: ProfileFeatures, jf: JobFeatures): number {
  const n = jf.skillIds.length;
  if (n === 0 || pf.skillCount === 0) return S.unknown_coverage;
  let got = 0;
  for (let i = 0; i < n; i++) {
    const id = jf.skillIds[i];
    if (hasBit(pf.skills, id)) got += jf.skillWeights[i];
    else if (hasBit(pf.related, id)) got += jf.skillWeights[i] * S.related_credit;
  }
  return got / jf.skillWeightTotal;
}

/** Does the role look like the student's: title words against desired roles and past titles, and field affinity; 0..1. */
export function roleFit(pf: ProfileFeatures, jf: JobFeatures): number {
  const field = jf.field >= 0 ? pf.fieldAffinity[jf.field] : 0.5;
  if (pf.roleWords.size === 0 || jf.titleWeightTotal === 0) return field;
  let hit = 0;
  for (let i = 0; i < jf.titleWordKeys.length; i++) if (pf.roleWords.has(jf.titleWordKeys[i])) hit += jf.titleWordWeights[i];
  return 0.5 * field + 0.5 * (hit / jf.titleWeightTotal);
}

export function skillsScore(pf: ProfileFeatures, jf: JobFeatures): number {
  return 100 * (S.coverage_share * skillCoverage(pf, jf) + (1 - S.coverage_share) * roleFit(pf, jf));
}

export function experienceScore(pf: ProfileFeatures, jf: JobFeatures): number {
  let score: number = jf.seniority >= 0 ? E.level_fit[pf.level][jf.seniority] : E.unknown;
  if (jf.minYears >= 0) {
    const gap = jf.minYears - pf.years;
    const short = gap <= 0.5 ? 0 : Math.min(E.years_short.length - 1, Math.ceil(gap - 0.5));
    score = E.level_share * score + (1 - E.level_share) * E.years_short[short];
  }
  if (pf.jobTypes !== 0 && jf.jobType !== 0 && (pf.jobTypes & jf.jobType) === 0) score *= E.job_type_mismatch;
  return score;
}

/** True when the student may work in one of the job's places without sponsorship. */
export function mayWorkThere(pf: ProfileFeatures, jf: JobFeatures): boolean {
  if (pf.authUnknown || jf.worldwide) return true;
  const intern = jf.jobType === 1 || jf.seniority === 0;
  const ok = (flags: number) => (flags & PLACE_AUTH) !== 0 || ((flags & PLACE_INTERN_OK) !== 0 && intern);
  if (jf.remoteType === REMOTE_REMOTE && jf.remoteRegions.length) {
    for (let i = 0; i < jf.remoteRegions.length; i++) if (ok(pf.placeFlags[jf.remoteRegions[i]])) return true;
    return false;
  }
  return jf.country < 0 || ok(pf.placeFlags[jf.country]);
}

export function locationScore(pf: ProfileFeatures, jf: JobFeatures): number {
  let score: number;
  if (jf.remoteType === REMOTE_REMOTE) {
    score = jf.worldwide || jf.remoteRegions.length ? L.remote_eligible : L.remote_unscoped;
    if (pf.remotePref === REMOTE_ONSITE) score *= L.onsite_pref_remote_job;
  } else {
    if (jf.country < 0) return L.unknown;
    if (jf.cityKey !== 0 && pf.cityKeys.includes(jf.cityKey)) score = L.city;
    else if (jf.regionKey !== 0 && pf.regionKeys.includes(jf.regionKey)) score = L.region;
    else score = (pf.placeFlags[jf.country] & PLACE_ACCEPT) !== 0 || pf.anywhere ? L.country : L.unknown;
    if (pf.remotePref === REMOTE_REMOTE) score *= jf.remoteType === REMOTE_HYBRID ? L.remote_pref_hybrid_job : L.remote_pref_onsite_job;
  }
  if (!mayWorkThere(pf, jf)) score *= jf.sponsorship === 1 ? L.sponsorship_yes : L.sponsorship_unknown;
  return score;
}

/** Range overlap in USD; unknown on either side is neutral. */
export function salaryScore(pf: ProfileFeatures, jf: JobFeatures): number {
  if (Number.isNaN(jf.salaryMaxUsd) || Number.isNaN(pf.salaryMinUsd)) return P.neutral;
  if (jf.salaryMaxUsd >= pf.salaryMinUsd) return 100;
  const ratio = jf.salaryMaxUsd / pf.salaryMinUsd;
  return 100 * Math.max(0, Math.min(1, (ratio - P.floor_ratio) / (1 - P.floor_ratio)));
}

/** Company size and industry preferences where both sides are known; neutral otherwise. */
export function cultureScore(pf: ProfileFeatures, jf: JobFeatures): number {
  let sum = 0;
  let parts = 0;
  if (jf.companySize !== 0 && pf.sizePrefs !== 0) {
    sum += (pf.sizePrefs & jf.companySize) !== 0 ? C.match : C.mismatch;
    parts++;
  }
  if (jf.industry !== 0 && pf.industries.size !== 0) {
    sum += pf.industries.has(jf.industry) ? C.match : C.mismatch;
    parts++;
  }
  return parts ? sum / parts : C.neutral;
}

/** How much of what the score rests on was actually known; 0..1. */
export function confidenceOf(pf: ProfileFeatures, jf: JobFeatures): number {
  let c = 0;
  if (!Number.isNaN(jf.salaryMaxUsd)) c += 0.15;
  if (jf.seniority >= 0 || jf.minYears >= 0) c += 0.2;
  if (jf.skillIds.length) c += 0.25;
  if (jf.country >= 0 || jf.remoteType === REMOTE_REMOTE) c += 0.15;
  if (pf.skillCount) c += 0.15;
  if (pf.levelKnown || pf.yearsKnown) c += 0.1;
  return Math.round(c * 100) / 100;
}

export { REMOTE_HYBRID, REMOTE_ONSITE, REMOTE_REMOTE };
