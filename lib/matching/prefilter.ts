import { PLACE_ACCEPT, PLACE_AUTH, PLACE_CITIZEN, PLACE_INTERN_OK } from "./places";
import { MATCHING_CONFIG } from "./config";
import { REMOTE_HYBRID, REMOTE_REMOTE, type JobFeatures, type ProfileFeatures } from "./types";

export type GateKind = "hidden" | "closed" | "rejected_company" | "rejected_title" | "too_senior" | "authorization" | "location";

export interface GateResult {
  gate: GateKind;
  reason: string;
}

// Shared, frozen results: the gate runs on every pair and must not allocate.
const gate = (kind: GateKind, reason: string): GateResult => Object.freeze({ gate: kind, reason });
export const GATES = {
  hidden: gate("hidden", "You hid this job."),
  closed: gate("closed", "The posting is closed."),
  rejected_company: gate("rejected_company", "You asked not to see this company."),
  rejected_title: gate("rejected_title", "The title contains a term you turned down."),
  too_senior: gate("too_senior", "Far too senior for your level."),
  citizenship: gate("authorization", "Requires citizenship or a security clearance you don't have."),
  no_sponsorship: gate("authorization", "Needs work authorization you don't have, and the employer does not sponsor."),
  location: gate("location", "Located outside the places you're looking in."),
  remote_restricted: gate("location", "Remote, but only for residents of places you can't work in."),
} as const;

const ON = (flags: number, bit: number) => (flags & bit) !== 0;

/**
 * Hard gates, in order: hidden, closed, rejected company or title term, far too
 * senior (two levels over, or one after "too senior" feedback), citizenship,
 * location and work authorization. Soft ones are in softGatePenalty. Returns null when the
 * job may be scored. Integer comparisons only; no allocation.
 */
export function gateJob(pf: ProfileFeatures, jf: JobFeatures): GateResult | null {
  if (pf.hidden.size && pf.hidden.has(jf.id)) return GATES.hidden;
  if (jf.closed) return GATES.closed;
  if (jf.company !== 0 && pf.rejectedCompanies.has(jf.company)) return GATES.rejected_company;
  if (pf.rejectedTerms.length) {
    for (let i = 0; i < pf.rejectedTerms.length; i++) if (jf.titleGrams.includes(pf.rejectedTerms[i])) return GATES.rejected_title;
  }
  if (jf.seniority > pf.gateSeniority) return GATES.too_senior;
  if (jf.minYears >= 0 && jf.minYears - pf.years >= pf.maxYearsGap) return GATES.too_senior;
  return jf.remoteType === REMOTE_REMOTE ? remoteGate(pf, jf) : placeGate(pf, jf);
}

function isInternship(jf: JobFeatures): boolean {
  return jf.jobType === 1 || jf.seniority === 0;
}

/** May work there: authorised, or an F-1 student taking an internship (CPT/OPT). */
function mayWork(pf: ProfileFeatures, flags: number, jf: JobFeatures): boolean {
  return pf.authUnknown || ON(flags, PLACE_AUTH) || (ON(flags, PLACE_INTERN_OK) && isInternship(jf));
}

/** A hybrid job in a country the student may work in without sponsorship: a penalty, not a gate. */
function hybridWhereAuthorised(flags: number, jf: JobFeatures): boolean {
  return jf.remoteType === REMOTE_HYBRID && ON(flags, PLACE_AUTH);
}

const { soft: SOFT } = MATCHING_CONFIG.gates;

/**
 * The multiplier for soft gates on a pair gateJob let through: 1 when none
 * applies. One level over the allowed seniority; a hybrid job in a country the
 * student did not list (only reachable when they may work there).
 */
export function softGatePenalty(pf: ProfileFeatures, jf: JobFeatures): number {
  let m = 1;
  if (jf.seniority > pf.maxSeniority) m *= SOFT.one_level_over;
  if (jf.remoteType === REMOTE_HYBRID && jf.country >= 0 && !pf.anywhere && !ON(pf.placeFlags[jf.country], PLACE_ACCEPT)) m *= SOFT.hybrid_unlisted_country;
  return m;
}

function placeGate(pf: ProfileFeatures, jf: JobFeatures): GateResult | null {
  if (jf.country < 0) return null; // unknown place: scored, with lower confidence
  const flags = pf.placeFlags[jf.country];
  if (!pf.anywhere && !ON(flags, PLACE_ACCEPT) && !hybridWhereAuthorised(flags, jf)) return GATES.location;
  if (jf.citizenship && !pf.authUnknown && !ON(flags, PLACE_CITIZEN)) return GATES.citizenship;
  if (!mayWork(pf, flags, jf) && jf.sponsorship === 2) return GATES.no_sponsorship;
  return null;
}

function remoteGate(pf: ProfileFeatures, jf: JobFeatures): GateResult | null {
  const regions = jf.remoteRegions;
  if (jf.worldwide || regions.length === 0) {
    if (jf.citizenship && jf.country >= 0 && !pf.authUnknown && !ON(pf.placeFlags[jf.country], PLACE_CITIZEN)) return GATES.citizenship;
    return null;
  }
  let wanted = false;
  for (let i = 0; i < regions.length; i++) {
    const flags = pf.placeFlags[regions[i]];
    if (mayWork(pf, flags, jf)) {
      if (jf.citizenship && !pf.authUnknown && !ON(flags, PLACE_CITIZEN)) return GATES.citizenship;
      return null;
    }
    if (ON(flags, PLACE_ACCEPT)) wanted = true;
  }
  // Restricted to places the student wants but needs sponsorship for: only "no sponsorship" shuts it.
  if (wanted) return jf.sponsorship === 2 || jf.citizenship ? GATES.no_sponsorship : null;
  return GATES.remote_restricted;
}
