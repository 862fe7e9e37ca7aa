import { listMatchesForUser } from "@/db/queries/job-scores";
import { getProfileByUserId } from "@/db/queries/profiles";
import { ApiError } from "@/lib/errors";
import type { MatchesQuery } from "@/lib/validation/matches";
import { toMatchResponse } from "./serialize-match";

/** Ranked stored matches; min_score defaults to the student's own threshold. */
export async function getMatchesForUser(userId: string, query: MatchesQuery) {
  const profile = await getProfileByUserId(userId);
  if (!profile) throw new ApiError("not_found", `No profile for user ${userId}. Upload a resume or paste its text first.`);
  const minScore = query.min_score ?? profile.min_score_threshold;
  const { rows, total } = await listMatchesForUser(userId, {
    limit: query.limit,
    offset: query.offset,
    minScore,
    remote: query.remote,
    jobType: query.job_type,
    includeHidden: query.include_hidden,
  });
  return {
    matches: rows.map((r) => toMatchResponse(r.score, r.job)),
    total: Number(total),
    limit: query.limit,
    offset: query.offset,
    min_score: minScore,
  };
}
