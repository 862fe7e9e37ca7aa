import { createJobSource, deleteJobSource, DuplicateSourceError, getJobSourceById, updateJobSource } from "@/db/queries/job-sources";
import type { JobSource } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { type CreateSourceBody, sourceUrlProblem, type UpdateSourceBody } from "@/lib/validation/jobs";
import { resolveSourceUrl, type SourceKind } from "./sources";
import { assertFetchableUrl, BlockedUrlError } from "./ssrf";

/**
 * Refuses URLs that point at private or loopback addresses when the source is
 * saved, so the admin hears it at once; the fetcher checks again on every hop.
 * A name that does not resolve yet is accepted (DNS may be down right now).
 */
async function assertPublicSourceUrl(kind: SourceKind, url: string): Promise<void> {
  if (url.startsWith("demo://") || getEnv().ALLOW_PRIVATE_SOURCE_URLS) return;
  const target = new URL(resolveSourceUrl(kind, url));
  try {
    await assertFetchableUrl(target, { allowPrivate: false });
  } catch (error) {
    if (error instanceof BlockedUrlError && !/^cannot resolve|has no addresses/.test(error.message)) {
      throw new ApiError("validation_error", `url: ${error.message}`);
    }
  }
}

function conflict(error: unknown): never {
  if (error instanceof DuplicateSourceError) throw new ApiError("conflict", error.message);
  throw error;
}

export async function createSource(body: CreateSourceBody): Promise<JobSource> {
  await assertPublicSourceUrl(body.kind, body.url);
  return createJobSource({ name: body.name, kind: body.kind, url: body.url, enabled: body.enabled ?? true, is_demo: false }).catch(conflict);
}

export async function getSourceOrThrow(id: number): Promise<JobSource> {
  const source = await getJobSourceById(id);
  if (!source) throw new ApiError("not_found", `No job source with id ${id}.`);
  return source;
}

export async function updateSource(id: number, body: UpdateSourceBody): Promise<JobSource> {
  const current = await getSourceOrThrow(id);
  const kind = (body.kind ?? current.kind) as SourceKind;
  const url = body.url ?? current.url;
  if (body.kind !== undefined || body.url !== undefined) {
    const problem = sourceUrlProblem(kind, url, { allowDemo: current.is_demo });
    if (problem) throw new ApiError("validation_error", `url: ${problem}`);
    await assertPublicSourceUrl(kind, url);
  }
  const updated = await updateJobSource(id, body).catch(conflict);
  if (!updated) throw new ApiError("not_found", `No job source with id ${id}.`);
  return updated;
}

export async function deleteSource(id: number): Promise<void> {
  if (!(await deleteJobSource(id))) throw new ApiError("not_found", `No job source with id ${id}.`);
}
