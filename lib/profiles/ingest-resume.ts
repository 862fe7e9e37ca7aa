import { saveProfileWith } from "@/db/queries/profiles";
import type { NewUserProfile } from "@/db/schema";
import { type AiFailureReason, getAiProvider, type ParseMethod } from "@/lib/ai";
import { encryptField, sha256Hex } from "@/lib/crypto";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/logger";
import { onProfileChanged } from "@/lib/pipeline/profile-changed";
import type { ParsedProfile } from "@/lib/profile/schema";
import { normalizeResumeText } from "@/lib/resume/normalize-text";
import { MAX_RESUME_TEXT_CHARS } from "@/lib/validation/profiles";
import { type ProfileResponse, toProfileResponse } from "./serialize";

export interface IngestResult {
  profile: ProfileResponse;
  parse: { method: ParseMethod; model: string | null; fallback_reason?: AiFailureReason; duration_ms: number; source: "upload" | "paste" };
}

/**
 * Resume text → stored profile. The text is parsed and hashed, never stored:
 * only the structured fields and sha256(normalised text) reach the database.
 * A profile is created if missing; otherwise parsed fields are replaced
 * except those the student edited by hand (edited_fields).
 */
export async function ingestResumeText(userId: string, rawText: string, { source }: { source: "upload" | "paste" }): Promise<IngestResult> {
  const text = normalizeResumeText(rawText);
  if (!text) throw new ApiError("validation_error", "resume_text: the resume is empty.");
  if (text.length > MAX_RESUME_TEXT_CHARS) {
    throw new ApiError("payload_too_large", `resume_text: at most ${MAX_RESUME_TEXT_CHARS.toLocaleString("en-US")} characters (this one has ${text.length.toLocaleString("en-US")}).`);
  }
  const started = performance.now();
  const parsed = await getAiProvider().parseResume(text, { userId });
  const durationMs = Math.round(performance.now() - started);

  const { profile } = await saveProfileWith(userId, (current) => ({
    ...withoutEdited(toColumns(parsed.profile), current.edited_fields),
    last_resume_upload: new Date(),
    resume_text_hash: sha256Hex(text),
    parse_method: parsed.method,
    parse_model: parsed.model,
  }));
  log.info({ userId, source, method: parsed.method, model: parsed.model, fallback: parsed.fallbackReason, durationMs }, "resume parsed");
  await onProfileChanged(userId);
  return {
    profile: toProfileResponse(profile),
    parse: { method: parsed.method, model: parsed.model, ...(parsed.fallbackReason ? { fallback_reason: parsed.fallbackReason } : {}), duration_ms: durationMs, source },
  };
}

function toColumns(parsed: ParsedProfile): Partial<NewUserProfile> {
  return { ...parsed, email: encryptField(parsed.email), phone: encryptField(parsed.phone) };
}

function withoutEdited(values: Partial<NewUserProfile>, edited: string[]): Partial<NewUserProfile> {
  return Object.fromEntries(Object.entries(values).filter(([column]) => !edited.includes(column)));
}
