import type { MatchJob, MatchScore } from "@/db/queries/job-scores";
import { getEnv } from "@/lib/env";

/** The tracked apply link: records the click, then redirects to the job's stored URL. */
export function applyUrlFor(userId: string, jobId: number): string {
  return `${getEnv().APP_URL}/api/v1/profiles/matches/${encodeURIComponent(userId)}/${jobId}/apply`;
}

function salaryOf(job: MatchJob) {
  if (job.salary_min === null && job.salary_max === null && job.salary_annual_min === null && job.salary_annual_max === null) return null;
  return {
    min: job.salary_min,
    max: job.salary_max,
    currency: job.salary_currency,
    period: job.salary_period,
    annual_min: job.salary_annual_min,
    annual_max: job.salary_annual_max,
  };
}

/** One match for the API: the job's essentials, every score column, the student's actions. */
export function toMatchResponse(score: MatchScore, job: MatchJob) {
  return {
    job: {
      id: job.id,
      title: job.title,
      company: job.company,
      location: job.location,
      url: job.url,
      external_id: job.external_id,
      salary: salaryOf(job),
      remote_type: job.remote_type,
      employment_type: job.employment_type,
      seniority: job.seniority,
      posted_at: (job.posted_at ?? job.first_seen_at).toISOString(),
      fetched_at: job.fetched_at.toISOString(),
      status: job.status,
    },
    compatibility_score: score.compatibility_score,
    confidence_score: score.confidence_score,
    skills_match_score: score.skills_match_score,
    experience_match_score: score.experience_match_score,
    location_match_score: score.location_match_score,
    salary_match_score: score.salary_match_score,
    culture_match_score: score.culture_match_score,
    ai_reasoning: score.ai_reasoning,
    match_factors: score.match_factors,
    mismatch_factors: score.mismatch_factors,
    scoring_method: score.scoring_method,
    rules_score: score.rules_score,
    ai_score: score.ai_score,
    score_version: score.score_version,
    scored_at: score.scored_at.toISOString(),
    user_interested: score.user_interested,
    user_applied: score.user_applied,
    user_feedback: score.user_feedback,
    feedback_reason: score.feedback_reason,
    feedback_at: score.feedback_at?.toISOString() ?? null,
    hidden: score.hidden,
    clicked_at: score.clicked_at?.toISOString() ?? null,
    apply_url: applyUrlFor(score.user_id, job.id),
  };
}
export type MatchResponse = ReturnType<typeof toMatchResponse>;
