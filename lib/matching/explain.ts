import { JOB_FIELDS } from "@/lib/jobs/types";
import { MATCHING_CONFIG } from "./config";
import { mayWorkThere } from "./components";
import { CAREER_WORDS, FIELD_WORDS, LEVEL_WORDS, listNames, money, years } from "./format";
import { PLACE_ACCEPT } from "./places";
import { scorePair } from "./score";
import { SOFT_SKILL, hasBit, skillNameOf } from "./skill-ids";
import { CAREER_LEVEL_NAMES, REMOTE_HYBRID, REMOTE_ONSITE, REMOTE_REMOTE, SENIORITY_NAMES, type JobFeatures, type MatchJob, type MatchProfile, type ProfileFeatures } from "./types";

/** What the pipeline stores for a pair worth keeping: the job_scores columns. */
export interface ScoreBreakdown {
  compatibility_score: number;
  confidence_score: number;
  skills_match_score: number;
  experience_match_score: number;
  location_match_score: number;
  salary_match_score: number;
  culture_match_score: number;
  match_factors: string[];
  mismatch_factors: string[];
  ai_reasoning: string;
}

function skillFactors(pf: ProfileFeatures, jf: JobFeatures, good: string[], bad: string[]): void {
  const have: string[] = [];
  const near: string[] = [];
  const missing: string[] = [];
  const bonus: string[] = [];
  for (let i = 0; i < jf.skillIds.length; i++) {
    const id = jf.skillIds[i];
    const name = skillNameOf(id);
    const direct = hasBit(pf.skills, id);
    // A missing soft skill ("Written Communication") is not worth a line; it barely counts in the score either.
    if (jf.skillRequired[i]) {
      if (direct) have.push(name);
      else if (hasBit(pf.related, id)) near.push(name);
      else if (!SOFT_SKILL[id]) missing.push(name);
    }
    else if (direct) bonus.push(name);
  }
  const required = jf.requiredCount;
  if (required && have.length === required) good.push(`${listNames(have)} required — all on your resume`);
  else if (have.length) good.push(`You have ${have.length} of ${required} required skills: ${listNames(have)}`);
  if (near.length) good.push(`Close to what you know: ${listNames(near)} (related to skills on your resume)`);
  if (missing.length) bad.push(`Missing ${missing.length} of ${required} required skills: ${listNames(missing)}`);
  if (bonus.length) good.push(`Nice-to-haves you have: ${listNames(bonus)}`);
  if (!jf.skillIds.length) bad.push("The posting lists no specific skills, so the skill match is a guess");
}

function experienceFactors(profile: MatchProfile, pf: ProfileFeatures, jf: JobFeatures, good: string[], bad: string[]): void {
  const level = CAREER_LEVEL_NAMES[pf.level];
  const fit = jf.seniority >= 0 ? MATCHING_CONFIG.experience.level_fit[pf.level][jf.seniority] : -1;
  if (fit >= 85) good.push(`${LEVEL_WORDS[SENIORITY_NAMES[jf.seniority]]} — right for ${CAREER_WORDS[level]}`);
  else if (fit >= 0 && jf.seniority > pf.level + (pf.level === 0 ? 1 : 0)) bad.push(`${LEVEL_WORDS[SENIORITY_NAMES[jf.seniority]]} — above your level (${level})`);
  else if (fit >= 0 && fit < 85) bad.push(`${LEVEL_WORDS[SENIORITY_NAMES[jf.seniority]]} — below your level (${level})`);
  if (jf.minYears > 0) {
    const line = `Asks ${jf.minYears}+ years; you have ${years(profile.years_of_experience ?? 0).replace(/ years?$/, "")}`;
    (jf.minYears - pf.years > 0.5 ? bad : good).push(line);
  } else if (jf.minYears === 0) good.push("No prior experience required");
  if (pf.jobTypes && jf.jobType && (pf.jobTypes & jf.jobType) === 0) {
    bad.push(jf.jobType === 1 ? "An internship — you're looking for other job types" : `Not the job type you asked for (${(profile.job_types ?? []).join(", ")})`);
  }
}

function locationFactors(profile: MatchProfile, job: MatchJob, pf: ProfileFeatures, jf: JobFeatures, good: string[], bad: string[]): void {
  const home = profile.location ? ` — you're in ${profile.location}` : "";
  const where = job.location ?? ([job.city, job.region, job.country].filter(Boolean).join(", ") || "an unstated place");
  if (jf.remoteType === REMOTE_REMOTE) {
    if (jf.worldwide) good.push("Remote, open worldwide");
    else if (jf.remoteRegions.length) good.push(`Remote (${(job.remote_regions ?? []).join(", ")}) — a place you can work from`);
    else bad.push("Remote, but the posting doesn't say from where");
    if (pf.remotePref === REMOTE_ONSITE) bad.push("Remote — you prefer on-site work");
  } else if (jf.country < 0) {
    bad.push("Location not stated");
  } else {
    if (jf.cityKey !== 0 && pf.cityKeys.includes(jf.cityKey)) good.push(`In ${where} — one of your places`);
    else if (jf.regionKey !== 0 && pf.regionKeys.includes(jf.regionKey)) good.push(`In ${where} — near your places`);
    else if ((pf.placeFlags[jf.country] & PLACE_ACCEPT) !== 0 || pf.anywhere) bad.push(`In ${where} — would mean relocating${home}`);
    else bad.push(`Hybrid in ${where} — a country you may work in but didn't list`);
    if (pf.remotePref === REMOTE_REMOTE) bad.push(`${jf.remoteType === REMOTE_HYBRID ? "Hybrid" : "On-site"} — you prefer remote`);
  }
  if (!mayWorkThere(pf, jf)) {
    if (jf.sponsorship === 1) good.push("The employer sponsors work visas");
    else bad.push("Sponsorship not mentioned and you need it — ask before applying");
  }
}

function salaryFactors(job: MatchJob, pf: ProfileFeatures, jf: JobFeatures, salary: number, good: string[], bad: string[]): void {
  if (Number.isNaN(jf.salaryMaxUsd) || Number.isNaN(pf.salaryMinUsd)) return;
  const max = job.salary_annual_max ?? job.salary_annual_min ?? 0;
  const min = job.salary_annual_min ?? max;
  const range = min === max ? money(max, job.salary_currency) : `${money(min, job.salary_currency)}–${money(max, job.salary_currency)}`;
  const floor = money(pf.salaryMinUsd / (MATCHING_CONFIG.usd_per_unit[pf.currency] ?? 1), pf.currency);
  if (salary >= 100) good.push(`Pays ${range} a year — meets your ${floor} minimum`);
  else bad.push(`Pays up to ${money(max, job.salary_currency)} a year — below your ${floor} minimum`);
}

/**
 * The stored explanation of one pair: the same numbers as scorePair plus the
 * evidence in plain words. Slower (strings); call it only for pairs kept.
 */
export function explainPair(profile: MatchProfile, job: MatchJob, pf: ProfileFeatures, jf: JobFeatures): ScoreBreakdown {
  const s = scorePair(pf, jf);
  const good: string[] = [];
  const bad: string[] = [];
  skillFactors(pf, jf, good, bad);
  if (s.skills < MATCHING_CONFIG.field_fit.full && jf.field >= 0) bad.push(`A ${FIELD_WORDS[JOB_FIELDS[jf.field]] ?? "different"} role — outside what your resume shows`);
  experienceFactors(profile, pf, jf, good, bad);
  locationFactors(profile, job, pf, jf, good, bad);
  salaryFactors(job, pf, jf, s.salary, good, bad);
  const verdict = s.compatibility >= 80 ? "Strong match" : s.compatibility >= 60 ? "Good match" : s.compatibility >= 40 ? "Partial match" : "Weak match";
  const title = job.company ? `${job.title} at ${job.company}` : job.title;
  const reasoning = [
    `${verdict} (${Math.round(s.compatibility)}/100) for ${title}.`,
    good.length ? `In its favour: ${good.slice(0, 2).join("; ")}.` : "",
    bad.length ? `Against it: ${bad.slice(0, 2).join("; ")}.` : "Nothing we know of stands against it.",
    `Scored by rules from your profile (local mode); ${Math.round(s.confidence * 100)}% of the facts it rests on were known.`,
  ].filter(Boolean).join(" ");
  return {
    compatibility_score: s.compatibility,
    confidence_score: s.confidence,
    skills_match_score: s.skills,
    experience_match_score: s.experience,
    location_match_score: s.location,
    salary_match_score: s.salary,
    culture_match_score: s.culture,
    match_factors: good,
    mismatch_factors: bad,
    ai_reasoning: reasoning,
  };
}
