import { findNearDuplicate, type NearDuplicateKey, nearDuplicateKey } from "./near-duplicate";
import type { NormalizedJob } from "./types";

/** A normalised posting plus every URL one feed listed it at. */
export type FeedJob = NormalizedJob & { urls: string[] };

/**
 * Collapses one feed's repeats: the same dedupe key, or a near-identical
 * posting of the same company, becomes one job carrying all their URLs (the
 * first copy's content wins; any open copy keeps the job open).
 */
export function collapseFeedDuplicates(jobs: readonly NormalizedJob[]): { jobs: FeedJob[]; duplicates: number } {
  const byKey = new Map<string, FeedJob>();
  const byCompany = new Map<string, { job: FeedJob; near: NearDuplicateKey }[]>();
  let duplicates = 0;
  for (const job of jobs) {
    let target = byKey.get(job.dedupe_key);
    if (!target) {
      const near = nearDuplicateKey(job);
      const group = byCompany.get(near.company);
      target = group ? findNearDuplicate(near, group)?.job : undefined;
      if (!target) {
        const kept: FeedJob = { ...job, urls: job.url ? [job.url] : [] };
        byKey.set(job.dedupe_key, kept);
        if (near.company) byCompany.set(near.company, [...(group ?? []), { job: kept, near }]);
        continue;
      }
    }
    duplicates++;
    if (job.url && !target.urls.includes(job.url)) target.urls.push(job.url);
    if (!job.closed) target.closed = false;
  }
  return { jobs: [...byKey.values()], duplicates };
}
