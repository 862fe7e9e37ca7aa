import { getAiProvider } from "@/lib/ai";
import { refineUserMatches } from "@/lib/matching/daily-refine";
import { selectDigestJobs } from "./select-jobs";

/**
 * The digest's last resort: when AI is configured, any job the digest would
 * carry that no model has judged yet (the daily pass missed it, or it failed)
 * is refined now, synchronously, so every digest job has its AI reasoning.
 * Refinement can move jobs in or out of the top, so it looks again (at most
 * three rounds). Usually a no-op: the daily pass ran an hour before.
 */
export async function refineDigestJobs(userId: string, minScore: number, now: Date): Promise<number> {
  if (!getAiProvider().jobScorer) return 0;
  let updated = 0;
  for (let round = 0; round < 3; round++) {
    const { jobs } = await selectDigestJobs(userId, minScore, now);
    const r = await refineUserMatches(userId, { now, jobIds: jobs.map((j) => j.job_id) });
    if (r.updated === 0) break;
    updated += r.updated;
  }
  return updated;
}
