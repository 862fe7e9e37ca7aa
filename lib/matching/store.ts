import { upsertJobScores } from "@/db/queries/job-scores";
import type { JobListing, NewJobScore } from "@/db/schema";
import type { AiOutcome } from "./ai-refine";
import { MATCHING_CONFIG } from "./config";
import { explainPair } from "./explain";
import type { JobFeatures, MatchProfile, ProfileFeatures } from "./types";

/**
 * The job_scores row for a pair worth storing. The breakdown always comes from
 * the rules; with an AI outcome the compatibility is the clamped blend and the
 * model's reasoning and factors replace the rules' wording.
 */
export function toScoreRow(
  profile: MatchProfile,
  job: JobListing,
  pf: ProfileFeatures,
  jf: JobFeatures,
  outcome: AiOutcome | undefined,
  now: Date,
): NewJobScore {
  const e = explainPair(profile, job, pf, jf);
  const base: NewJobScore = {
    user_id: profile.user_id,
    job_id: job.id,
    ...e,
    rules_score: e.compatibility_score,
    ai_score: null,
    scoring_method: outcome ? "rules_fallback" : "rules",
    score_version: MATCHING_CONFIG.score_version,
    scored_at: now,
  };
  if (outcome?.method !== "ai") return base;
  const aiFactors = outcome.matchFactors.length + outcome.mismatchFactors.length > 0;
  return {
    ...base,
    compatibility_score: outcome.final,
    ai_score: outcome.aiScore,
    scoring_method: "ai",
    ai_reasoning: outcome.reasoning || e.ai_reasoning,
    match_factors: aiFactors ? outcome.matchFactors : e.match_factors,
    mismatch_factors: aiFactors ? outcome.mismatchFactors : e.mismatch_factors,
  };
}

/** Step 5: idempotent upserts (one row per user and job; the student's actions are never touched). */
export function storeScores(rows: NewJobScore[]): Promise<number> {
  return upsertJobScores(rows);
}
