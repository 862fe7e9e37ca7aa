import type { ParsedProfile } from "@/lib/profile/schema";
import { CORPUS_NOW, loadCorpus, renderCorpusCase, type CorpusCase, type ExpectedProfile } from "./corpus";
import { extractResumeText } from "./extract-text";
import { parseResumeLocally } from "./local-parser";

/**
 * Scores the local parser on the hand-labelled corpus: per-field precision,
 * recall and F1 (sets compared case- and spacing-insensitively; scalars exact,
 * a missing value a false negative, a wrong one a false positive and a false
 * negative) and their macro average.
 */
export interface FieldScore {
  field: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CaseReport {
  id: string;
  format: string;
  misses: string[];
}

export interface ParseEvalResult {
  fields: FieldScore[];
  macroF1: number;
  cases: CaseReport[];
}

type Getter = (p: ExpectedProfile | ParsedProfile) => unknown;
const SET_FIELDS: Record<string, Getter> = {
  skills: (p) => ("skills" in p ? p.skills : [...p.programming_languages, ...p.frameworks_libraries, ...p.tools_platforms, ...p.soft_skills, ...p.domain_skills]),
  job_titles: (p) => p.job_titles,
  companies: (p) => p.companies,
  institutions: (p) => p.institutions,
  degrees: (p) => p.degrees,
  coursework: (p) => ("coursework" in p ? p.coursework : p.relevant_coursework),
  links: (p) => p.links,
  desired_roles: (p) => p.desired_roles,
};
const SCALAR_FIELDS: Record<string, Getter> = {
  full_name: (p) => p.full_name,
  email: (p) => p.email,
  phone: (p) => p.phone,
  location: (p) => p.location,
  career_level: (p) => p.career_level,
  years_of_experience: (p) => p.years_of_experience,
  work_authorization: (p) => p.work_authorization,
  needs_sponsorship: (p) => p.needs_sponsorship,
  graduation_year: (p) => ("graduation_year" in p ? p.graduation_year : p.graduation_years.length ? Math.max(...p.graduation_years) : null),
};

export async function evaluateParseCorpus(cases: CorpusCase[] = loadCorpus()): Promise<ParseEvalResult> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (field: string, key: "tp" | "fp" | "fn", n = 1) => {
    const c = counts.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    c[key] += n;
    counts.set(field, c);
  };
  const reports: CaseReport[] = [];
  for (const c of cases) {
    const { text } = await extractResumeText(await renderCorpusCase(c));
    const parsed = parseResumeLocally(text, { now: CORPUS_NOW });
    const misses: string[] = [];
    for (const [field, get] of Object.entries(SET_FIELDS)) {
      const want = new Map((get(c.expected) as string[]).map((v) => [normalize(v, field), v]));
      const got = new Map((get(parsed) as string[]).map((v) => [normalize(v, field), v]));
      for (const [key, value] of got) {
        if (want.has(key)) bump(field, "tp");
        else {
          bump(field, "fp");
          misses.push(`${field} +${value}`);
        }
      }
      for (const [key, value] of want) {
        if (!got.has(key)) {
          bump(field, "fn");
          misses.push(`${field} -${value}`);
        }
      }
    }
    for (const [field, get] of Object.entries(SCALAR_FIELDS)) {
      const want = get(c.expected);
      const got = get(parsed);
      if (want === null && got === null) continue;
      if (want !== null && got !== null && scalarEqual(field, want, got)) bump(field, "tp");
      else {
        if (got !== null) bump(field, "fp");
        if (want !== null) bump(field, "fn");
        misses.push(`${field}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
      }
    }
    reports.push({ id: c.id, format: c.format, misses });
  }
  const fields = [...counts.entries()].map(([field, { tp, fp, fn }]) => {
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { field, tp, fp, fn, precision, recall, f1 };
  });
  const macroF1 = fields.reduce((s, f) => s + f.f1, 0) / Math.max(1, fields.length);
  return { fields, macroF1, cases: reports };
}

function normalize(value: string, field: string): string {
  let v = value.toLowerCase().normalize("NFC").replace(/\s+/g, " ").trim();
  if (field === "links") v = v.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");
  return v.replace(/^[\s.,;:]+|[\s.,;:]+$/g, "");
}

function scalarEqual(field: string, want: unknown, got: unknown): boolean {
  if (field === "years_of_experience") return Math.abs(Number(want) - Number(got)) <= 0.5;
  if (field === "phone") return String(want).replace(/\D/g, "") === String(got).replace(/\D/g, "");
  if (typeof want === "string" && typeof got === "string") return normalize(want, field) === normalize(got, field);
  return want === got;
}
