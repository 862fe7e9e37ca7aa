import { listMatchesForUser } from "@/db/queries/job-scores";
import { ApiError } from "@/lib/errors";
import type { MatchesQuery } from "@/lib/validation/matches";
import { toMatchResponse } from "./serialize-match";

/**
 * Ranked stored matches (the API's response body) and the student's own
 * threshold, in one database round trip; null when the student has no profile.
 */
export async function loadMatchesForUser(userId: string, query: MatchesQuery) {
  const { profile, rows, total, minScore, threshold } = await listMatchesForUser(userId, {
    limit: query.limit,
    offset: query.offset,
    minScore: query.min_score,
    remote: query.remote,
    jobType: query.job_type,
    includeHidden: query.include_hidden,
  });
  if (!profile) return null;
  const body = {
    matches: rows.map((r) => toMatchResponse(r.score, r.job)),
    total,
    limit: query.limit,
    offset: query.offset,
    min_score: minScore,
  };
  return { body, threshold };
}

/** Ranked stored matches; min_score defaults to the student's own threshold. */
export async function getMatchesForUser(userId: string, query: MatchesQuery) {
  const loaded = await loadMatchesForUser(userId, query);
  if (!loaded) throw new ApiError("not_found", `No profile for user ${userId}. Upload a resume or paste its text first.`);
  return loaded.body;
}
