import type { CareerLevel, EducationEntry, ExperienceEntry } from "@/lib/profile/schema";
import { isoMonthOf, monthIndex } from "./dates";

/**
 * Years of experience from dated entries: each month counts once however many
 * jobs overlap it (two concurrent part-time roles do not count twice), a month
 * covered only by an internship, co-op or placement counts half, months are
 * inclusive ("Jan–Jan" is one month) and a current job runs to `now`.
 */
export function yearsOfExperience(entries: ExperienceEntry[], now: Date, filter: (e: ExperienceEntry) => boolean = () => true): number {
  const nowIdx = monthIndex(isoMonthOf(now));
  const weight = new Map<number, number>();
  for (const e of entries) {
    if (!e.start || !filter(e)) continue;
    const start = monthIndex(e.start);
    const end = Math.min(Math.max(e.current ? nowIdx : e.end ? monthIndex(e.end) : start, start), nowIdx);
    const w = e.internship ? 0.5 : 1;
    for (let m = start; m <= end; m++) weight.set(m, Math.max(weight.get(m) ?? 0, w));
  }
  const months = [...weight.values()].reduce((a, b) => a + b, 0);
  return Math.round((months / 12) * 10) / 10;
}

const STUDENT_TITLE = /\b(?:student|undergraduate|graduate research|teaching assistant|research assistant|tutor|resident assistant|peer|campus)\b/i;

/**
 * Jobs held while studying don't set seniority: student titles, or a job that
 * starts and ends within one degree's study years (four for a bachelor's, two
 * otherwise). A job between two degrees is work, not study.
 */
function isStudentJob(e: ExperienceEntry, degrees: EducationEntry[]): boolean {
  if (STUDENT_TITLE.test(e.title)) return true;
  if (!e.start || e.current) return false;
  const startYear = Number(e.start.slice(0, 4));
  const endYear = Number((e.end ?? e.start).slice(0, 4));
  return degrees.some((d) => d.graduation_year !== null && endYear <= d.graduation_year && startYear >= d.graduation_year - (d.degree ? studyYears(d) : 4));
}

function studyYears(degree: EducationEntry): number {
  return /bachelor|^associate/i.test(degree.degree ?? "") ? 4 : 2;
}

/** The parts of a job outside the study years of a degree (four for a bachelor's, two otherwise), ending in June of its year. */
function outsideStudy(e: ExperienceEntry, degree: EducationEntry): ExperienceEntry[] {
  const year = degree.graduation_year as number;
  const span = studyYears(degree);
  const [from, to] = [`${year - span}-09`, `${year}-06`];
  if (!e.start) return [e];
  const end = e.current ? "9999-12" : (e.end ?? e.start);
  if (end < from || e.start > to) return [e];
  const parts: ExperienceEntry[] = [];
  if (e.start < from) parts.push({ ...e, current: false, end: `${year - span}-08` });
  if (end > to) parts.push({ ...e, start: `${year}-07` });
  return parts;
}

// "Staff" is a level only for engineers and scientists; a Staff Nurse or Staff Accountant is not senior.
const SENIOR_TITLE = /\b(?:senior|sr\.?|lead|principal|staff (?=engineer|software|scientist|data|designer|product|researcher|architect|developer|ml\b)|senior manager|director|head of|vp|chief)\b/i;

/**
 * Student while a degree is still in progress; otherwise by years of
 * non-internship experience outside the first degree's study years: entry < 1, junior < 3,
 * mid, senior from ten years or from five with a senior title. Null without data.
 */
export function careerLevel(education: EducationEntry[], experience: ExperienceEntry[], now: Date): CareerLevel | null {
  if (!education.length && !experience.length) return null;
  const thisYear = now.getUTCFullYear();
  const studying = education.some((e) => e.expected || (e.graduation_year !== null && e.graduation_year > thisYear));
  if (studying) return "student";
  // Work while studying for the first degree (a CNA job through nursing school) does not set seniority.
  const first = education.filter((e) => e.graduation_year !== null).sort((a, b) => (a.graduation_year as number) - (b.graduation_year as number))[0];
  const counted = first ? experience.flatMap((e) => outsideStudy(e, first)) : experience;
  const years = yearsOfExperience(counted, now, (e) => !e.internship && !isStudentJob(e, education));
  // The main title sets the level; a duty added with "&" does not ("Mathematics Teacher & Data Lead").
  const seniorTitle = experience.some((e) => !e.internship && SENIOR_TITLE.test(e.title.split(/\s+(?:&|and|\/)\s+/)[0]));
  // Seven years without a senior title is still mid-level (career changers especially); a decade is senior.
  if (years >= 10 || (seniorTitle && years >= 5)) return "senior";
  if (years >= 3) return "mid";
  if (years >= 1) return "junior";
  return "entry";
}
