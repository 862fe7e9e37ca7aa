import { MATCHING_CONFIG } from "./config";

/** A scored pair the pipeline might store: `final` is the score the student sees. */
export interface StoreCandidate {
  final: number;
  jobId: number;
}

/**
 * Which of one student's scored pairs a run stores: those reaching the
 * threshold, the best max_stored_per_run of them. The eval applies the same
 * rule to count what a student would see listed.
 */
export function selectRowsToStore<C extends StoreCandidate>(candidates: readonly C[], threshold: number): C[] {
  const keep = candidates.filter((c) => c.final >= threshold);
  keep.sort((a, b) => b.final - a.final || a.jobId - b.jobId);
  if (keep.length > MATCHING_CONFIG.max_stored_per_run) keep.length = MATCHING_CONFIG.max_stored_per_run;
  return keep;
}
