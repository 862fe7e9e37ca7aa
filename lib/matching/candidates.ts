import { listCandidateJobs } from "@/db/queries/job-scores";
import type { JobListing } from "@/db/schema";
import { gateJob } from "./prefilter";
import { newPairScore, scorePair } from "./score";
import type { JobFeatures, ProfileFeatures } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start of the scoring window: jobs fetched in the last `daysBack` days. */
export const windowStart = (now: Date, daysBack: number) => new Date(now.getTime() - daysBack * DAY_MS);

/** Step 1 for one student: open jobs in the window they have no score for yet, newest first. */
export function loadCandidates(userId: string, { jobLimit, daysBack, now }: { jobLimit: number; daysBack: number; now: Date }): Promise<JobListing[]> {
  return listCandidateJobs(userId, windowStart(now, daysBack), jobLimit);
}

/** A pair that passed the gates with a rules score worth keeping (or refining). */
export interface KeptPair {
  /** Index into the jobs / job features arrays. */
  index: number;
  rules: number;
}

export interface RulesPass {
  candidates: number;
  gated: number;
  rulesScored: number;
  kept: KeptPair[];
}

const shared = newPairScore();

/**
 * Steps 2–3 for one student over prepared job features: gate, then score.
 * Keeps the pairs at or above `cutoff` (the store floor, lowered by the most
 * the AI blend can add when AI refinement runs) and, whatever their score, the
 * best `keepBest` of the rest (so a run can always store a student's closest
 * jobs). `skip` marks already-scored jobs.
 */
export function rulesPass(pf: ProfileFeatures, jfs: readonly JobFeatures[], cutoff: number, skip?: ReadonlySet<number>, keepBest = 0): RulesPass {
  let candidates = 0;
  let gated = 0;
  const kept: KeptPair[] = [];
  // The best `keepBest` under the cutoff, best first (a short insertion-sorted list).
  const best: KeptPair[] = [];
  for (let i = 0; i < jfs.length; i++) {
    const jf = jfs[i];
    if (skip?.has(jf.id)) continue;
    candidates++;
    if (gateJob(pf, jf)) {
      gated++;
      continue;
    }
    const rules = scorePair(pf, jf, shared).compatibility;
    if (rules >= cutoff) kept.push({ index: i, rules });
    else if (keepBest > 0 && (best.length < keepBest || rules > best[best.length - 1].rules)) {
      let at = best.length;
      while (at > 0 && best[at - 1].rules < rules) at--;
      best.splice(at, 0, { index: i, rules });
      if (best.length > keepBest) best.pop();
    }
  }
  for (const pair of best) kept.push(pair);
  return { candidates, gated, rulesScored: candidates - gated, kept };
}
