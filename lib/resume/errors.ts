export const RESUME_EXTRACT_ERROR_CODES = [
  "unsupported_type",
  "empty_file",
  "too_many_pages",
  "timeout",
  "encrypted",
  "corrupt",
  "no_text",
  "too_large_unpacked",
] as const;
export type ResumeExtractErrorCode = (typeof RESUME_EXTRACT_ERROR_CODES)[number];

// Written for the student who uploaded the file: say what happened and what to do next.
const MESSAGES: Record<ResumeExtractErrorCode, string> = {
  unsupported_type:
    "We can read PDF, Word (.docx) and plain-text resumes. Please export your resume as a PDF or .docx and upload it again, or paste the text.",
  empty_file: "This file is empty. Please check that you picked the right file, or paste your resume text instead.",
  too_many_pages:
    "This document has more pages than a resume usually does. Please upload just your resume (a few pages at most), or paste the text.",
  timeout:
    "Reading this file took too long. Please try exporting it again as a simple PDF or .docx, or paste the text instead.",
  encrypted:
    "This PDF is password-protected, so we can't read it. Please remove the password (save or print it as a new PDF) and upload it again.",
  corrupt:
    "This file seems damaged and couldn't be opened. Please export your resume again from your editor, or paste the text.",
  no_text:
    "This PDF looks like a scanned image, so there is no text we can read. Please export it as a text PDF from your editor (Word, Google Docs, Pages…) or paste the text.",
  too_large_unpacked:
    "This file unpacks to far more data than a resume needs, so we stopped reading it. Please save it again as a simple PDF or a plain .docx without embedded media, or paste the text.",
};

/** Thrown by extractResumeText; `code` is stable for the API, `message` is shown to the student. */
export class ResumeExtractError extends Error {
  readonly code: ResumeExtractErrorCode;

  constructor(code: ResumeExtractErrorCode, options?: { cause?: unknown; detail?: string }) {
    super(MESSAGES[code], { cause: options?.cause });
    this.name = "ResumeExtractError";
    this.code = code;
    if (options?.detail) this.detail = options.detail;
  }

  /** Technical detail for logs only (never shown to the student). */
  detail?: string;
}
