import { readDocxText } from "./docx-text";
import { ResumeExtractError } from "./errors";
import { decodeTextFile, detectFileType, type ResumeFileKind } from "./file-type";
import { normalizeResumeText } from "./normalize-text";
import { readPdfText } from "./pdf-text";

export { ResumeExtractError, type ResumeExtractErrorCode } from "./errors";
export { detectFileType, type ResumeFileKind } from "./file-type";

export interface ExtractResumeTextOptions {
  maxPages?: number;
  timeoutMs?: number;
}

export interface ExtractedResumeText {
  text: string;
  kind: Exclude<ResumeFileKind, "unknown">;
  pages?: number;
}

// Fewer readable characters than this means the PDF is an image of text.
const MIN_TEXT_CHARS = 30;

/** Bytes of an uploaded resume → normalised text, or a ResumeExtractError a student can act on. */
export async function extractResumeText(
  bytes: Uint8Array,
  { maxPages = 10, timeoutMs = 10_000 }: ExtractResumeTextOptions = {},
): Promise<ExtractedResumeText> {
  if (bytes.length === 0 || isBlank(bytes)) throw new ResumeExtractError("empty_file");
  const kind = detectFileType(bytes);
  if (kind === "unknown") throw new ResumeExtractError("unsupported_type");

  const signal = { cancelled: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      signal.cancelled = true;
      reject(new ResumeExtractError("timeout", { detail: `${timeoutMs} ms` }));
    }, timeoutMs);
  });
  try {
    return await Promise.race([readByKind(bytes, kind, maxPages, signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function readByKind(
  bytes: Uint8Array,
  kind: ExtractedResumeText["kind"],
  maxPages: number,
  signal: { cancelled: boolean },
): Promise<ExtractedResumeText> {
  if (kind === "pdf") {
    const { text, pages } = await readPdfText(bytes, maxPages, signal);
    const clean = normalizeResumeText(text);
    if (clean.replace(/\s/g, "").length < MIN_TEXT_CHARS) throw new ResumeExtractError("no_text");
    return { text: clean, kind, pages };
  }
  const raw = kind === "docx" ? await readDocxText(bytes) : (decodeTextFile(bytes) ?? "");
  const clean = normalizeResumeText(raw);
  if (!clean) throw new ResumeExtractError("empty_file");
  return { text: clean, kind };
}

function isBlank(bytes: Uint8Array): boolean {
  if (bytes.length > 4096) return false;
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}
