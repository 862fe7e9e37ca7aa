import { listUnsentMatches } from "@/db/queries/digest-content";
import type { JobListing, JobScore } from "@/db/schema";
import { formatAnnualSalary } from "./format";
import type { DigestJob } from "./types";

export const DIGEST_JOB_LIMIT = 10;
/** Jobs older than this are stale news for a digest, even if never sent. */
export const DIGEST_FRESH_DAYS = 21;

/** Two or three short reasons: the scorer's match factors, else its reasoning, else the breakdown. */
export function reasonsFor(score: Pick<JobScore, "match_factors" | "ai_reasoning" | "skills_match_score">): string[] {
  const reasons = score.match_factors.map((r) => r.trim()).filter(Boolean).slice(0, 3);
  if (reasons.length < 2 && score.ai_reasoning) {
    const sentence = score.ai_reasoning.split(/(?<=[.!?])\s+/)[0]?.trim();
    if (sentence && !reasons.includes(sentence)) reasons.push(sentence.slice(0, 200));
  }
  if (reasons.length < 2 && score.skills_match_score) reasons.push(`Skills match: ${Math.round(score.skills_match_score)}%`);
  return reasons.slice(0, 3);
}

export function toDigestJob(score: JobScore, job: JobListing): DigestJob {
  return {
    job_id: job.id,
    title: job.title,
    company: job.company,
    location: job.remote_type === "remote" ? (job.location ? `Remote · ${job.location}` : "Remote") : job.location,
    salary: formatAnnualSalary(job.salary_annual_min, job.salary_annual_max, job.salary_currency),
    score: Math.round(score.compatibility_score),
    reasons: reasonsFor(score),
    url: job.url ?? "",
  };
}

/** The best matches since the last digest: unsent, open, not hidden, at or above the student's threshold. */
export async function selectDigestJobs(userId: string, minScore: number, now: Date, limit = DIGEST_JOB_LIMIT) {
  const since = new Date(now.getTime() - DIGEST_FRESH_DAYS * 86_400_000);
  const { rows, total } = await listUnsentMatches(userId, { minScore, since, limit });
  return { jobs: rows.map((r) => toDigestJob(r.score, r.job)), totalMatches: total };
}
