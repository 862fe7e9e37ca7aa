import { MATCHING_CONFIG } from "./config";

/** A scored pair the pipeline might store: `final` is the score the student sees. */
export interface StoreCandidate {
  final: number;
  jobId: number;
}

const { listed: LISTED, max_stored_per_run: MAX_STORED } = MATCHING_CONFIG;

/** The lowest score a run stores by score alone: the threshold less the near margin. */
export const storeFloor = (threshold: number) => threshold - LISTED.near_margin;

/**
 * How many of a run's best pairs to store whatever their score: min_per_run
 * less the rows the student already has in the window. Counting those keeps
 * hourly runs from adding another ten weak rows each time (the pairs a run
 * leaves out are scored again next run).
 */
export const minRowsToStore = (alreadyStored: number) => Math.max(0, LISTED.min_per_run - alreadyStored);

/**
 * Which of one student's scored pairs a run stores, best first: every pair at
 * or above threshold − near_margin (at most max_stored_per_run), and in any
 * case the best `minRows` (min_per_run by default), whatever their score. The
 * eval applies the same rule to count what a student would see listed.
 */
export function selectRowsToStore<C extends StoreCandidate>(candidates: readonly C[], threshold: number, minRows: number = LISTED.min_per_run): C[] {
  const sorted = [...candidates].sort((a, b) => b.final - a.final || a.jobId - b.jobId);
  const floor = storeFloor(threshold);
  let n = 0;
  while (n < sorted.length && n < MAX_STORED && sorted[n].final >= floor) n++;
  sorted.length = Math.max(n, Math.min(minRows, sorted.length));
  return sorted;
}
