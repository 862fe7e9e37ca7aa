import type { CareerLevel, EducationEntry, ExperienceEntry } from "@/lib/profile/schema";
import { isoMonthOf, monthIndex } from "./dates";

/**
 * Years of experience from dated entries. Overlapping jobs are merged first so
 * two concurrent part-time roles do not count twice; internships count for
 * their duration; months are inclusive ("Jan–Jan" is one month).
 */
export function yearsOfExperience(entries: ExperienceEntry[], now: Date, filter: (e: ExperienceEntry) => boolean = () => true): number {
  const nowIdx = monthIndex(isoMonthOf(now));
  const intervals = entries
    .filter((e) => e.start && filter(e))
    .map((e) => {
      const start = monthIndex(e.start as string);
      const end = e.current ? nowIdx : e.end ? monthIndex(e.end) : start;
      return [start, Math.min(Math.max(end, start), nowIdx)] as [number, number];
    })
    .filter(([s]) => s <= nowIdx)
    .sort((a, b) => a[0] - b[0]);
  let months = 0;
  let open: [number, number] | undefined;
  for (const [s, e] of intervals) {
    if (open && s <= open[1] + 1) open[1] = Math.max(open[1], e);
    else {
      if (open) months += open[1] - open[0] + 1;
      open = [s, e];
    }
  }
  if (open) months += open[1] - open[0] + 1;
  return Math.round((months / 12) * 10) / 10;
}

const STUDENT_TITLE = /\b(?:student|undergraduate|graduate research|teaching assistant|research assistant|tutor|resident assistant|peer|campus)\b/i;

/** Jobs held while studying (student titles, or ending by graduation after starting within four years of it) don't set seniority. */
function isStudentJob(e: ExperienceEntry, graduationYear: number): boolean {
  if (STUDENT_TITLE.test(e.title)) return true;
  if (!graduationYear || !e.start || e.current) return false;
  const startYear = Number(e.start.slice(0, 4));
  const endYear = Number((e.end ?? e.start).slice(0, 4));
  return endYear <= graduationYear && startYear >= graduationYear - 4;
}

const SENIOR_TITLE = /\b(?:senior|sr\.?|lead|principal|staff|senior manager|director|head of|vp|chief)\b/i;

/**
 * Student while a degree is still in progress; otherwise by years of
 * non-internship experience, nudged up by senior titles. Null without data.
 */
export function careerLevel(education: EducationEntry[], experience: ExperienceEntry[], now: Date): CareerLevel | null {
  if (!education.length && !experience.length) return null;
  const thisYear = now.getUTCFullYear();
  const studying = education.some((e) => e.expected || (e.graduation_year !== null && e.graduation_year > thisYear));
  if (studying) return "student";
  const graduation = Math.max(0, ...education.map((e) => e.graduation_year ?? 0));
  const years = yearsOfExperience(experience, now, (e) => !e.internship && !isStudentJob(e, graduation));
  const seniorTitle = experience.some((e) => !e.internship && SENIOR_TITLE.test(e.title));
  if (years >= 7 || (seniorTitle && years >= 5)) return "senior";
  if (years >= 3) return "mid";
  if (years >= 1) return "junior";
  return "entry";
}
