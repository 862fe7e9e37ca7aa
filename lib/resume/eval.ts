import type { ParsedProfile } from "@/lib/profile/schema";
import { CORPUS_NOW, EVAL_FORMATS, renderCorpusCase, type CorpusCase, type EvalFormat, type ExpectedProfile } from "./corpus";
import { extractResumeText } from "./extract-text";
import { parseResumeLocally } from "./local-parser";

/**
 * Scores the local parser on hand-labelled corpus cases, each rendered to each
 * format and read back through real extraction.
 *
 * - List fields (skills, titles, …): per-field precision / recall / F1 over all
 *   cases, values compared case- and spacing-insensitively; the list score is
 *   the macro F1 (the mean of the per-field F1s).
 * - Scalar fields (name, email, years, …): scalar accuracy is the share of
 *   (case, field) pairs that are right, counting only pairs where the expected
 *   or the parsed value is non-null (both null is neither right nor wrong).
 *   Years of experience are right within ±0.5, phones by their digits.
 */
export interface FieldScore {
  field: string;
  kind: "list" | "scalar";
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Scalars: right / counted. */
  right: number;
  counted: number;
  accuracy: number;
}

export interface CaseReport {
  id: string;
  misses: string[];
}

export interface FormatReport {
  format: EvalFormat;
  listF1: number;
  scalarAccuracy: number;
  fields: FieldScore[];
  cases: CaseReport[];
}

type Getter = (p: ExpectedProfile | ParsedProfile) => unknown;
const LIST_FIELDS: Record<string, Getter> = {
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

/** Every case in every format; one report per format. */
export async function evaluateCases(cases: CorpusCase[], formats: EvalFormat[] = EVAL_FORMATS): Promise<FormatReport[]> {
  const reports: FormatReport[] = [];
  for (const format of formats) reports.push(await evaluateFormat(cases, format));
  return reports;
}

async function evaluateFormat(cases: CorpusCase[], format: EvalFormat): Promise<FormatReport> {
  const counts = new Map<string, { tp: number; fp: number; fn: number; right: number; counted: number }>();
  const bump = (field: string, key: "tp" | "fp" | "fn" | "right" | "counted") => {
    const c = counts.get(field) ?? { tp: 0, fp: 0, fn: 0, right: 0, counted: 0 };
    c[key]++;
    counts.set(field, c);
  };
  const reports: CaseReport[] = [];
  for (const c of cases) {
    const misses: string[] = [];
    // A file that fails to render or extract scores as an empty profile rather than stopping the run.
    let text = "";
    try {
      ({ text } = await extractResumeText(await renderCorpusCase(c, format)));
    } catch (error) {
      misses.push(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = parseResumeLocally(text, { now: CORPUS_NOW });
    for (const [field, get] of Object.entries(LIST_FIELDS)) {
      const want = new Map((get(c.expected) as string[]).map((v) => [normalize(v, field), v]));
      const got = new Map((get(parsed) as string[]).map((v) => [normalize(v, field), v]));
      counts.set(field, counts.get(field) ?? { tp: 0, fp: 0, fn: 0, right: 0, counted: 0 });
      for (const [key, value] of got) {
        if (want.has(key)) bump(field, "tp");
        else {
          bump(field, "fp");
          misses.push(`${field} +${value}`);
        }
      }
      for (const [key, value] of want) {
        if (got.has(key)) continue;
        bump(field, "fn");
        misses.push(`${field} -${value}`);
      }
    }
    for (const [field, get] of Object.entries(SCALAR_FIELDS)) {
      const want = get(c.expected) ?? null;
      const got = get(parsed) ?? null;
      counts.set(field, counts.get(field) ?? { tp: 0, fp: 0, fn: 0, right: 0, counted: 0 });
      if (want === null && got === null) continue;
      bump(field, "counted");
      if (want !== null && got !== null && scalarEqual(field, want, got)) {
        bump(field, "tp");
        bump(field, "right");
      } else {
        if (got !== null) bump(field, "fp");
        if (want !== null) bump(field, "fn");
        misses.push(`${field}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
      }
    }
    reports.push({ id: c.id, misses });
  }
  const fields = [...counts.entries()].map(([field, { tp, fp, fn, right, counted }]): FieldScore => {
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const kind = field in LIST_FIELDS ? "list" : "scalar";
    return { field, kind, tp, fp, fn, precision, recall, f1, right, counted, accuracy: counted ? right / counted : 1 };
  });
  const lists = fields.filter((f) => f.kind === "list");
  const scalars = fields.filter((f) => f.kind === "scalar");
  const listF1 = lists.reduce((s, f) => s + f.f1, 0) / Math.max(1, lists.length);
  const counted = scalars.reduce((s, f) => s + f.counted, 0);
  const scalarAccuracy = counted ? scalars.reduce((s, f) => s + f.right, 0) / counted : 1;
  return { format, listF1, scalarAccuracy, fields, cases: reports };
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
