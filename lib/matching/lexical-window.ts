import { fingerprintRecentOpenJobs, listRecentOpenJobs } from "@/db/queries/job-scores";
import { buildLexicalIndex, type LexicalIndex } from "./lexical";

/**
 * The lexical index (vocabulary, IDF, job vectors) of the scoring window,
 * built once per process and window and reused by every scoring call until a
 * job arrives or closes: under Inngest each student is scored in their own
 * call, and re-reading 2,000 descriptions per student would cost more than
 * scoring them. The window starts on the hour so calls a minute apart share it.
 */
const MAX_JOBS = 5000;
const HOUR_MS = 3_600_000;

/** A couple of windows at most: the hourly one-day window and a profile change's 14 days. */
const cache = new Map<string, { fingerprint: string; index: Promise<LexicalIndex> }>();
const MAX_WINDOWS = 2;

/** The window's start, floored to the hour (the index covers at least the window). */
export const lexicalWindowStart = (since: Date) => new Date(Math.floor(since.getTime() / HOUR_MS) * HOUR_MS);

/** The index over the open jobs fetched since `since` (floored to the hour), rebuilt when that set changes. */
export async function windowLexicalIndex(since: Date): Promise<LexicalIndex> {
  const start = lexicalWindowStart(since);
  const key = start.toISOString();
  const fingerprint = await fingerprintRecentOpenJobs(start);
  const hit = cache.get(key);
  if (hit?.fingerprint === fingerprint) return hit.index;
  const index = listRecentOpenJobs(start, MAX_JOBS).then((rows) => buildLexicalIndex(rows));
  cache.delete(key);
  cache.set(key, { fingerprint, index });
  if (cache.size > MAX_WINDOWS) cache.delete(cache.keys().next().value as string);
  index.catch(() => {
    if (cache.get(key)?.index === index) cache.delete(key);
  });
  return index;
}
