import { getEnv } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { mediaTypeOf, readBodyBytes } from "@/lib/http/read-body";
import { log } from "@/lib/logger";
import { detectFileType, extractResumeText, ResumeExtractError } from "@/lib/resume/extract-text";
import { MAX_RESUME_TEXT_CHARS } from "@/lib/validation/profiles";
import { type IngestResult, ingestResumeText } from "./ingest-resume";

const MAX_PDF_PAGES = 10;
const EXTRACT_TIMEOUT_MS = 10_000;
// Room for the multipart boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;
const ACCEPTED = "We can read PDF, Word (.docx) and plain-text (.txt) resumes.";

/**
 * A multipart upload (field `file`) → stored profile. The file kind comes from
 * its bytes, never its name or Content-Type; the bytes live only in memory.
 */
export async function ingestResumeUpload(userId: string, req: Request): Promise<IngestResult> {
  const maxMb = getEnv().MAX_UPLOAD_MB;
  const maxBytes = Math.floor(maxMb * 1024 * 1024);
  const tooLarge = `The file is larger than ${maxMb} MB. A resume is usually well under 1 MB: please export it again without large images, or paste the text.`;
  const file = await readFilePart(req, maxBytes + MULTIPART_OVERHEAD, tooLarge);
  if (file.size > maxBytes) throw new ApiError("payload_too_large", tooLarge);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new ApiError("unprocessable_file", new ResumeExtractError("empty_file").message, { reason: "empty_file" });
  if (detectFileType(bytes) === "unknown") {
    throw new ApiError("unsupported_media_type", `${ACCEPTED} This file is none of these (we check its contents, not its name).`);
  }
  let text: string;
  try {
    ({ text } = await extractResumeText(bytes, { maxPages: MAX_PDF_PAGES, timeoutMs: EXTRACT_TIMEOUT_MS }));
  } catch (err) {
    if (!(err instanceof ResumeExtractError)) throw err;
    log.info({ userId, reason: err.code, detail: err.detail }, "resume file refused");
    if (err.code === "unsupported_type") throw new ApiError("unsupported_media_type", err.message);
    throw new ApiError("unprocessable_file", err.message, { reason: err.code });
  }
  if (text.length > MAX_RESUME_TEXT_CHARS) {
    throw new ApiError(
      "unprocessable_file",
      `This file holds far more text than a resume (over ${MAX_RESUME_TEXT_CHARS.toLocaleString("en-US")} characters). Please upload just your resume, or paste its text.`,
      { reason: "too_much_text" },
    );
  }
  return ingestResumeText(userId, text, { source: "upload" });
}

async function readFilePart(req: Request, maxBodyBytes: number, tooLarge: string): Promise<Blob> {
  const contentType = req.headers.get("content-type") ?? "";
  if (mediaTypeOf(req) !== "multipart/form-data") {
    throw new ApiError("bad_request", "Send the resume as multipart/form-data with the file in a field named 'file'.");
  }
  const body = await readBodyBytes(req, maxBodyBytes, tooLarge);
  if (body.length === 0) throw new ApiError("validation_error", "file: required (send the resume in a multipart field named 'file').");
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ApiError("bad_request", "The multipart body could not be read. Send the resume in a field named 'file'.");
  }
  const file = form.get("file");
  if (file === null) throw new ApiError("validation_error", "file: required (send the resume in a multipart field named 'file').");
  if (typeof file === "string") throw new ApiError("validation_error", "file: must be a file upload, not a text field (use parse-text for pasted text).");
  return file;
}
