import { saveNotModified } from "@/db/queries/ingest";
import { recordFetchFailure } from "@/db/queries/job-sources";
import type { JobSource } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { nextFetchAt } from "./backoff";
import { fetchFeed, FetchFeedError, type FetchFeedOptions } from "./fetch-feed";
import { normalizeJob } from "./normalize/normalize-job";
import { FeedParseError, isSourceKind, parseSourceBody, resolveSourceUrl, type SourceKind } from "./sources";
import { assertFetchableUrl, type LookupAll } from "./ssrf";
import { saveFetchedJobs } from "./store-listings";
import type { NormalizedJob } from "./types";

export interface IngestOptions {
  now?: Date;
  /** Defaults to ALLOW_PRIVATE_SOURCE_URLS. */
  allowPrivate?: boolean;
  lookup?: LookupAll;
  /** Overrides of fetchFeed's limits (tests). */
  limits?: Pick<FetchFeedOptions, "timeoutMs" | "maxBytes" | "maxRedirects">;
}

export interface SourceRunResult {
  source_id: number;
  name: string;
  status: "ok" | "not_modified" | "error";
  fetched: number;
  new: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  skipped: number;
  closed: number;
  errors: number;
  error_message?: string;
}

/** Configuration problems (bad kind, token, demo URL on a normal source): never fetched. */
class SourceConfigError extends Error {}

function emptyResult(source: JobSource): SourceRunResult {
  return { source_id: source.id, name: source.name, status: "ok", fetched: 0, new: 0, updated: 0, unchanged: 0, duplicates: 0, skipped: 0, closed: 0, errors: 0 };
}

function fetchUrlFor(source: JobSource): { kind: SourceKind; url: string } {
  if (!isSourceKind(source.kind)) throw new SourceConfigError(`unknown source kind "${source.kind}"`);
  if (source.url.startsWith("demo://") && !source.is_demo) throw new SourceConfigError("demo:// URLs are only allowed on the bundled demo sources");
  try {
    return { kind: source.kind, url: resolveSourceUrl(source.kind, source.url) };
  } catch (error) {
    throw new SourceConfigError(error instanceof Error ? error.message : String(error));
  }
}

/** ATS APIs often omit the company: the source name without its "(Lever)" suffix stands in. */
function companyNameFor(source: JobSource, kind: SourceKind): string | null {
  if (kind !== "greenhouse" && kind !== "lever") return null;
  return source.name.replace(/\s*\([^)]*\)\s*$/, "").trim() || null;
}

/** A message an admin can act on, naming the stage that failed. */
export function describeIngestError(error: unknown): string {
  if (error instanceof SourceConfigError) return `Source misconfigured: ${error.message}`;
  if (error instanceof FetchFeedError) {
    if (error.code === "blocked") return `Fetch refused: ${error.message.replace(/^URL refused: /, "")}`;
    return `Fetch failed: ${error.message}`;
  }
  if (error instanceof FeedParseError) return `Could not read the feed: ${error.message}`;
  return `Could not store the jobs: ${error instanceof Error ? error.message : String(error)}`;
}

function normalizeAll(postings: Awaited<ReturnType<typeof parseSourceBody>>, kind: SourceKind, now: Date, sourceId: number) {
  const jobs: NormalizedJob[] = [];
  let skipped = 0;
  for (const posting of postings) {
    try {
      const job = normalizeJob(posting, { sourceKind: kind, now });
      if (job.title.trim()) jobs.push(job);
      else skipped++;
    } catch (error) {
      skipped++;
      log.warn({ err: error, sourceId, externalId: posting.externalId }, "posting skipped: normalisation failed");
    }
  }
  return { jobs, skipped };
}

/**
 * Fetches, parses and stores one source, and records the outcome on its row.
 * Never throws: a failure is returned (and recorded) as status "error".
 */
export async function ingestSource(source: JobSource, options: IngestOptions = {}): Promise<SourceRunResult> {
  const now = options.now ?? new Date();
  const result = emptyResult(source);
  const healthyNext = () => nextFetchAt({ now, consecutiveFailures: 0 });
  try {
    const { kind, url } = fetchUrlFor(source);
    const allowPrivate = options.allowPrivate ?? getEnv().ALLOW_PRIVATE_SOURCE_URLS;
    const fetched = await fetchFeed({
      url,
      etag: source.etag,
      lastModified: source.last_modified,
      now,
      ...options.limits,
      checkUrl: (target) => assertFetchableUrl(target, { allowPrivate, lookup: options.lookup }),
    });
    if (fetched.status === "not_modified") {
      await saveNotModified(source.id, { now, httpStatus: 304, nextFetchAt: healthyNext() });
      return { ...result, status: "not_modified" };
    }
    const postings = await parseSourceBody(kind, fetched.body, { companyName: companyNameFor(source, kind), now });
    const { jobs, skipped } = normalizeAll(postings, kind, now, source.id);
    const counts = await saveFetchedJobs(source.id, jobs, {
      now,
      httpStatus: url.startsWith("demo://") ? null : 200,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      itemsSeen: postings.length,
      nextFetchAt: healthyNext(),
    });
    return { ...result, ...counts, fetched: postings.length, skipped };
  } catch (error) {
    const message = describeIngestError(error);
    const failures = source.consecutive_failures + 1;
    const expected = error instanceof FetchFeedError || error instanceof FeedParseError || error instanceof SourceConfigError;
    log.warn(expected ? { sourceId: source.id } : { sourceId: source.id, err: error }, message);
    try {
      await recordFetchFailure(source.id, {
        now,
        error: message,
        httpStatus: error instanceof FetchFeedError ? (error.status ?? null) : null,
        consecutiveFailures: failures,
        nextFetchAt: nextFetchAt({ now, consecutiveFailures: failures }),
      });
    } catch (recordError) {
      log.error({ sourceId: source.id, err: recordError }, "could not record the source's failure");
    }
    return { ...result, status: "error", errors: 1, error_message: message };
  }
}
