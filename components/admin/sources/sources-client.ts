import { ApiRequestError, requestJson } from "@/components/matches/json-request";
import type { RefreshResult } from "@/lib/jobs/refresh";
import type { SourceKind } from "@/lib/jobs/sources";
import type { toSourceResponse } from "@/lib/jobs/serialize";

/** Browser-side calls to the admin sources API. */

export type SourceResponse = ReturnType<typeof toSourceResponse>;
/** A source as the page shows it: the API shape, the URL the fetcher will request, and whether it is due (at render time). */
export type SourceView = SourceResponse & { fetch_url: string | null; due_now: boolean };
export type SourceInput = { name: string; kind: SourceKind; url: string };
export type { RefreshResult };
export { errorMessageOf } from "@/components/matches/json-request";

export function createSource(input: SourceInput): Promise<SourceResponse> {
  return requestJson("/api/v1/jobs/sources", { method: "POST", json: input });
}

export function updateSource(id: number, patch: Partial<SourceInput> & { enabled?: boolean }): Promise<SourceResponse> {
  return requestJson(`/api/v1/jobs/sources/${id}`, { method: "PATCH", json: patch });
}

export function deleteSource(id: number): Promise<{ deleted: true; id: number }> {
  return requestJson(`/api/v1/jobs/sources/${id}`, { method: "DELETE" });
}

/** One source (`sourceId`), every enabled one (`force`), or just the due ones. */
export function refreshSources({ sourceId, force }: { sourceId?: number; force?: boolean } = {}): Promise<RefreshResult> {
  const params = new URLSearchParams();
  if (sourceId !== undefined) params.set("source_id", String(sourceId));
  if (force) params.set("force", "true");
  const query = params.toString();
  return requestJson(`/api/v1/jobs/refresh${query ? `?${query}` : ""}`, { method: "POST" });
}

/** "name: must not be empty; url: must be …" → { name: "must not be empty", url: "must be …" }. */
export function fieldErrorsOf(err: unknown): Partial<Record<keyof SourceInput, string>> {
  if (!(err instanceof ApiRequestError)) return {};
  if (err.status === 409) return { url: "Another source of this kind already uses this URL." };
  if (err.status !== 422) return {};
  const fields: Partial<Record<keyof SourceInput, string>> = {};
  for (const part of err.message.split("; ")) {
    const match = /^(name|kind|url): (.+)$/.exec(part);
    if (match) fields[match[1] as keyof SourceInput] = match[2];
  }
  return fields;
}
