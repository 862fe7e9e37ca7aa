import type { UpdateProfileBody } from "@/lib/validation/profiles";
import type { IngestResult } from "./ingest-resume";
import type { ProfileResponse } from "./serialize";

/** Browser-side calls to /api/v1/profiles/* (same origin: the session cookie authenticates them). */

export class ProfileRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ProfileRequestError";
  }
}

const OFFLINE = "We couldn't reach JobMatch. Check your internet connection and try again.";

/** Used only when the server's answer has no readable message (a proxy page, a crash). */
function fallbackMessage(status: number): string {
  if (status === 401) return "Your session has ended. Sign in again, then retry.";
  if (status === 403) return "You don't have access to this profile.";
  if (status === 413) return "That is too large to send. Upload a smaller file (5 MB at most) or paste the text instead.";
  if (status === 415) return "We can read PDF, Word (.docx) and plain-text (.txt) resumes. Please choose one of those.";
  if (status === 429) return "Too many requests right now. Wait a moment and try again.";
  return "Something went wrong on our side. Please try again.";
}

async function request<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: "same-origin", ...init });
  } catch {
    throw new ProfileRequestError(0, "network_error", OFFLINE);
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  throw new ProfileRequestError(res.status, error?.code ?? "http_error", error?.message || fallbackMessage(res.status));
}

const base = (kind: string, userId: string) => `/api/v1/profiles/${kind}/${encodeURIComponent(userId)}`;

export function uploadResumeFile(userId: string, file: File): Promise<IngestResult> {
  const form = new FormData();
  form.append("file", file);
  return request(base("upload-resume", userId), { method: "POST", body: form });
}

export function parseResumeText(userId: string, resumeText: string): Promise<IngestResult> {
  return request(base("parse-text", userId), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ resume_text: resumeText }),
  });
}

export function updateProfile(userId: string, body: UpdateProfileBody): Promise<ProfileResponse> {
  return request(base("profile", userId), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

export function errorMessageOf(err: unknown): string {
  return err instanceof ProfileRequestError ? err.message : fallbackMessage(500);
}
