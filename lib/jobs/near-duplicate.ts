import { dedupeKeyParts, hammingDistance } from "./dedupe";
import type { RemoteType } from "./types";

/**
 * Largest simhash distance at which two postings of one company count as the
 * same job. Measured on the demo feeds: the three cross-feed duplicate pairs
 * are 4, 6 and 9 bits apart; the closest two *different* jobs of one company
 * are 8 bits apart. 6 merges the near-identical pairs and stays clear of the
 * distinct ones (the 9-bit pair already shares a dedupe key).
 */
export const NEAR_DUPLICATE_MAX_HAMMING = 6;

export interface NearDuplicateCandidate {
  title: string;
  company: string | null;
  city: string | null;
  country: string | null;
  remote_type: RemoteType | string | null;
  text_fingerprint: string | null;
}

export interface NearDuplicateKey {
  company: string;
  location: string;
  titleWords: string[];
  titleNumbers: string;
  fingerprint: string | null;
}

/** Share of title words two postings have in common (Jaccard). */
function titleOverlap(a: string[], b: string[]): number {
  const set = new Set(a);
  const shared = b.filter((w) => set.has(w)).length;
  return shared / (a.length + b.length - shared || 1);
}

/** The parts the near-duplicate rule compares, computed once per posting. */
export function nearDuplicateKey(job: NearDuplicateCandidate): NearDuplicateKey {
  const [company, title, location] = dedupeKeyParts({
    company: job.company,
    title: job.title,
    location: { city: job.city, country: job.country, remote_type: job.remote_type as RemoteType | null },
  }).split("|");
  return { company, location, titleWords: title.split(" ").filter(Boolean), titleNumbers: title.match(/\d+/g)?.join(" ") ?? "", fingerprint: job.text_fingerprint };
}

/** Titles must share at least this share of their words (shared boilerplate makes texts of different roles close). */
export const MIN_TITLE_OVERLAP = 0.5;

/**
 * Same company, near-identical text, and nothing that marks them as two real
 * openings: the titles mostly agree and their numbers agree ("Engineer II" ≠
 * "Engineer III"), and the places agree or one is unknown (one text posted in
 * two cities is two jobs).
 */
export function isSameJob(a: NearDuplicateKey, b: NearDuplicateKey, maxHamming = NEAR_DUPLICATE_MAX_HAMMING): boolean {
  if (!a.company || a.company !== b.company || !a.fingerprint || !b.fingerprint) return false;
  if (a.titleNumbers !== b.titleNumbers || titleOverlap(a.titleWords, b.titleWords) < MIN_TITLE_OVERLAP) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  return hammingDistance(a.fingerprint, b.fingerprint) <= maxHamming;
}

/** The first candidate `job` duplicates, or undefined. */
export function findNearDuplicate<T extends { near: NearDuplicateKey }>(job: NearDuplicateKey, candidates: Iterable<T>): T | undefined {
  for (const candidate of candidates) if (isSameJob(job, candidate.near)) return candidate;
  return undefined;
}
