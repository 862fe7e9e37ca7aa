import { fingerprintRecentOpenJobs, listRecentOpenJobs } from "@/db/queries/job-scores";
import type { JobListing } from "@/db/schema";
import { buildLexicalIndex, type LexicalIndex } from "./lexical";

/**
 * The lexical index (vocabulary, IDF, job vectors) of the scoring window,
 * built once per process and window and reused by every scoring call until a
 * job arrives or closes: under Inngest each student is scored in their own
 * call, and re-reading 2,000 descriptions per student would cost more than
 * scoring them. The window starts on the hour so calls a minute apart share it.
 */
export const LEXICAL_WINDOW_MAX_JOBS = 5000;
const HOUR_MS = 3_600_000;

/** A couple of windows at most: the hourly one-day window and a profile change's 14 days. */
const cache = new Map<string, { fingerprint: string; index: Promise<LexicalIndex> }>();
const MAX_WINDOWS = 2;

/** The window's start, floored to the hour (the index covers at least the window). */
export const lexicalWindowStart = (since: Date) => new Date(Math.floor(since.getTime() / HOUR_MS) * HOUR_MS);

/** The rows the index is built from: open jobs fetched since `since` floored to the hour, newest first. */
export const listLexicalWindowJobs = (since: Date) => listRecentOpenJobs(lexicalWindowStart(since), LEXICAL_WINDOW_MAX_JOBS);

/**
 * The index over the open jobs fetched since `since` (floored to the hour),
 * rebuilt when that set changes. `loaded`: those rows (`listLexicalWindowJobs`)
 * when the caller has already read them, so a rebuild does not read them again.
 */
export async function windowLexicalIndex(since: Date, loaded?: readonly JobListing[]): Promise<LexicalIndex> {
  const start = lexicalWindowStart(since);
  const key = start.toISOString();
  const fingerprint = await fingerprintRecentOpenJobs(start);
  const hit = cache.get(key);
  if (hit?.fingerprint === fingerprint) return hit.index;
  const index = (loaded ? Promise.resolve(loaded) : listLexicalWindowJobs(since)).then((rows) => buildLexicalIndex(rows));
  cache.delete(key);
  cache.set(key, { fingerprint, index });
  if (cache.size > MAX_WINDOWS) cache.delete(cache.keys().next().value as string);
  index.catch(() => {
    if (cache.get(key)?.index === index) cache.delete(key);
  });
  return index;
}
