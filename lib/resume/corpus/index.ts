import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderResumeDocx } from "../fixtures/render-docx";
import { renderResumePdf } from "../fixtures/render-pdf";

/**
 * The parse-quality corpus: hand-written resumes (NN-name.txt) with what a
 * careful reader takes from them (NN-name.expected.json). Some are rendered
 * to PDF or DOCX at run time so the eval goes through real file extraction.
 */
export type CorpusFormat = "text" | "pdf" | "pdf-two-column" | "docx";

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
  format: CorpusFormat;
  source: string;
  expected: ExpectedProfile;
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

const DIR = join(process.cwd(), "lib/resume/corpus");
const RIGHT_COLUMN = "=== RIGHT COLUMN ===";

export function loadCorpus(): CorpusCase[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/, "");
      return {
        id,
        format: FORMATS[id] ?? "text",
        source: readFileSync(join(DIR, file), "utf8"),
        expected: JSON.parse(readFileSync(join(DIR, `${id}.expected.json`), "utf8")) as ExpectedProfile,
      };
    });
}

/** The bytes a student would upload for this case. */
export async function renderCorpusCase(c: CorpusCase): Promise<Uint8Array> {
  if (c.format === "docx") return renderResumeDocx(c.source);
  if (c.format === "text") return new TextEncoder().encode(c.source);
  const [top, ...rest] = c.source.split(/\n\s*\n/);
  const body = rest.join("\n\n");
  if (c.format === "pdf") return renderResumePdf({ header: top, body });
  const [left, right] = body.split(RIGHT_COLUMN);
  return renderResumePdf({ header: top, body: left.trim(), right: right.trim() });
}
