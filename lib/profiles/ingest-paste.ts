import { ApiError } from "@/lib/errors";
import { mediaTypeOf, readBodyBytes } from "@/lib/http/read-body";
import { MAX_RESUME_TEXT_CHARS } from "@/lib/validation/profiles";
import { type IngestResult, ingestResumeText } from "./ingest-resume";

// 50,000 characters of UTF-8, percent-encoded in a form body, stay well under this.
const MAX_BODY_BYTES = 1024 * 1024;
const TOO_LONG = `resume_text: at most ${MAX_RESUME_TEXT_CHARS.toLocaleString("en-US")} characters.`;

/** Pasted text (form field or JSON `resume_text`, or a text/plain body) → stored profile. Too long is 413, empty is 422. */
export async function ingestPastedResume(userId: string, req: Request): Promise<IngestResult> {
  const text = await readResumeText(req);
  if (!text.trim()) throw new ApiError("validation_error", "resume_text: required (paste the text of your resume).");
  if (text.length > MAX_RESUME_TEXT_CHARS) {
    throw new ApiError("payload_too_large", `${TOO_LONG} This one has ${text.length.toLocaleString("en-US")}.`);
  }
  return ingestResumeText(userId, text, { source: "paste" });
}

async function readResumeText(req: Request): Promise<string> {
  const type = mediaTypeOf(req);
  const bytes = await readBodyBytes(req, MAX_BODY_BYTES, TOO_LONG);
  const body = new TextDecoder().decode(bytes);
  let value: unknown;
  if (type === "application/json") {
    try {
      value = (JSON.parse(body) as { resume_text?: unknown } | null)?.resume_text;
    } catch {
      throw new ApiError("bad_request", "The request body is not valid JSON.");
    }
  } else if (type === "application/x-www-form-urlencoded" || type === "") {
    value = new URLSearchParams(body).get("resume_text");
  } else if (type === "text/plain") {
    value = body; // the raw resume as the whole body
  } else if (type === "multipart/form-data") {
    throw new ApiError("unsupported_media_type", "To send a file, use POST /api/v1/profiles/upload-resume/{user_id}; here send resume_text as a form field or JSON.");
  } else {
    throw new ApiError("unsupported_media_type", "Send resume_text as application/x-www-form-urlencoded or application/json (or the text itself as text/plain).");
  }
  if (value === null || value === undefined) throw new ApiError("validation_error", "resume_text: required (paste the text of your resume).");
  if (typeof value !== "string") throw new ApiError("validation_error", "resume_text: must be a string.");
  return value;
}
