import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderSourceDocx } from "../fixtures/render-source-docx";
import { renderSourcePdf } from "../fixtures/render-source-pdf";
import { DEFAULT_RENDER_SPEC, readResumeSource, sourceAsPlainText, type RenderSpec } from "../fixtures/resume-source";

/**
 * The parse-quality corpus: hand-written resumes (NN-name.txt, in the notation
 * of fixtures/resume-source.ts) with what a careful reader takes from them
 * (NN-name.expected.json) and, for newer cases, how the file is drawn
 * (NN-name.render.json). Two splits: `tune` (the top-level cases and tune/)
 * for developing the parser, and `test` (test/), held out and measured once.
 * The test directory may be absent or empty between held-out splits (the
 * v1 test cases were folded into tune/ once measured); a new one is picked up
 * as soon as it has cases.
 */
export type CorpusFormat = "text" | "pdf" | "pdf-two-column" | "docx";
/** The three ways a case reaches the parser in the eval. */
export type EvalFormat = "text" | "pdf" | "docx";
export type CorpusSplit = "tune" | "test";
export const EVAL_FORMATS: EvalFormat[] = ["text", "pdf", "docx"];

export interface ExpectedProfile {
  full_name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: string[];
  career_level: string | null;
  years_of_experience: number;
  work_authorization: string | null;
  needs_sponsorship: boolean | null;
  graduation_year: number | null;
  skills: string[];
  job_titles: string[];
  companies: string[];
  institutions: string[];
  degrees: string[];
  coursework: string[];
  desired_roles: string[];
}

export interface CorpusCase {
  id: string;
  /** The format the case was first written for (seed data and benchmarks use it). */
  format: CorpusFormat;
  source: string;
  expected: ExpectedProfile;
  render: RenderSpec;
}

const FORMATS: Record<string, CorpusFormat> = {
  "02-data-scientist-mid": "pdf",
  "03-electrical-newgrad": "docx",
  "05-civil-entry": "pdf-two-column",
  "07-finance-analyst": "docx",
  "09-nurse": "pdf",
  "15-two-column-data-student": "pdf-two-column",
};

/** "Today" for every corpus parse, so Present dates and expected graduations are stable. */
export const CORPUS_NOW = new Date("2026-11-15T00:00:00Z");

export const CORPUS_DIR = join(process.cwd(), "lib/resume/corpus");

/** The cases in one directory (not its subdirectories); none when the directory is absent. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/, "");
      const renderFile = join(dir, `${id}.render.json`);
      const format = FORMATS[id] ?? (existsSync(renderFile) ? "pdf" : "text");
      const render: RenderSpec = existsSync(renderFile)
        ? { ...DEFAULT_RENDER_SPEC, ...(JSON.parse(readFileSync(renderFile, "utf8")) as Partial<RenderSpec>) }
        : { ...DEFAULT_RENDER_SPEC, layout: format === "pdf-two-column" ? "two-column" : "one-column" };
      return {
        id,
        format,
        source: readFileSync(join(dir, file), "utf8"),
        expected: JSON.parse(readFileSync(join(dir, `${id}.expected.json`), "utf8")) as ExpectedProfile,
        render,
      };
    });
}

export function loadCorpusSplit(split: CorpusSplit): CorpusCase[] {
  if (split === "test") return loadCorpus(join(CORPUS_DIR, "test"));
  return [...loadCorpus(CORPUS_DIR), ...loadCorpus(join(CORPUS_DIR, "tune"))];
}

/** The bytes a student would upload for this case, in the given format (its own format by default). */
export async function renderCorpusCase(c: CorpusCase, format: EvalFormat = c.format === "pdf-two-column" ? "pdf" : c.format): Promise<Uint8Array> {
  if (format === "text") return new TextEncoder().encode(sourceAsPlainText(c.source));
  const source = readResumeSource(c.source);
  return format === "pdf" ? renderSourcePdf(source, c.render) : renderSourceDocx(source, c.render);
}
