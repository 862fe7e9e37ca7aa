import type { toSourceResponse } from "@/lib/jobs/serialize";
import type { RefreshResult } from "@/lib/jobs/refresh";
import type { SourceKind } from "@/lib/jobs/sources";

/** Browser-side calls to the admin sources API (same origin: the session cookie authenticates them). */

export type SourceResponse = ReturnType<typeof toSourceResponse>;
/** A source as the page shows it: the API shape plus the URL the fetcher will actually request. */
export type SourceView = SourceResponse & { fetch_url: string | null };
export type SourceInput = { name: string; kind: SourceKind; url: string };
export type { RefreshResult };

export class SourceRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "SourceRequestError";
  }
}

function fallbackMessage(status: number): string {
  if (status === 0) return "We couldn't reach JobMatch. Check your connection and try again.";
  if (status === 401) return "Your session has ended. Sign in again, then retry.";
  if (status === 403) return "Only admins can change job sources.";
  if (status === 404) return "That source no longer exists. Reload the page to see the current list.";
  return "Something went wrong on our side. Please try again.";
}

async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: "same-origin", ...init });
  } catch {
    throw new SourceRequestError(0, "network_error", fallbackMessage(0));
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  throw new SourceRequestError(res.status, error?.code ?? "http_error", error?.message || fallbackMessage(res.status));
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

export function createSource(input: SourceInput): Promise<SourceResponse> {
  return request("/api/v1/jobs/sources", json("POST", input));
}

export function updateSource(id: number, patch: Partial<SourceInput> & { enabled?: boolean }): Promise<SourceResponse> {
  return request(`/api/v1/jobs/sources/${id}`, json("PATCH", patch));
}

export function deleteSource(id: number): Promise<{ deleted: true; id: number }> {
  return request(`/api/v1/jobs/sources/${id}`, { method: "DELETE" });
}

/** One source (`sourceId`), every enabled one (`force`), or just the due ones. */
export function refreshSources({ sourceId, force }: { sourceId?: number; force?: boolean } = {}): Promise<RefreshResult> {
  const params = new URLSearchParams();
  if (sourceId !== undefined) params.set("source_id", String(sourceId));
  if (force) params.set("force", "true");
  const query = params.toString();
  return request(`/api/v1/jobs/refresh${query ? `?${query}` : ""}`, { method: "POST" });
}

export function errorMessageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** "name: must not be empty; url: must be …" → { name: "must not be empty", url: "must be …" }. */
export function fieldErrorsOf(err: unknown): Partial<Record<keyof SourceInput, string>> {
  if (!(err instanceof SourceRequestError)) return {};
  if (err.status === 409) return { url: "Another source of this kind already uses this URL." };
  if (err.status !== 422) return {};
  const fields: Partial<Record<keyof SourceInput, string>> = {};
  for (const part of err.message.split("; ")) {
    const match = /^(name|kind|url): (.+)$/.exec(part);
    if (match) fields[match[1] as keyof SourceInput] = match[2];
  }
  return fields;
}
