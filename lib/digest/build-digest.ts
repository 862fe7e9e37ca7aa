import { countNewListingsSince } from "@/db/queries/digest-content";
import { getDigestForDate, getLastSentDigest, updateDigest, upsertUnsentDigest } from "@/db/queries/digests";
import { getProfileByUserId } from "@/db/queries/profiles";
import type { DailyDigest } from "@/db/schema";
import { ApiError } from "@/lib/errors";
import { computeMarketTrends } from "./market-trends";
import { renderDigest } from "./render";
import { selectDigestJobs } from "./select-jobs";
import { recommendSkills } from "./skill-recommendations";
import { studentFieldOf } from "./student-field";
import { digestTitle, summarizeDigest } from "./summary";

export type BuildDigestResult = { digest: DailyDigest; rebuilt: boolean };

/**
 * Build (or rebuild) the digest for one student and local date, and store it
 * with every column of the original design. Idempotent: a digest already
 * sent is returned untouched; an unsent one is refreshed. A digest with no
 * jobs is stored as "skipped" (nothing is emailed for it).
 */
export async function buildDigest(userId: string, date: string, { now = new Date() }: { now?: Date } = {}): Promise<BuildDigestResult> {
  const started = performance.now();
  const existing = await getDigestForDate(userId, date);
  if (existing?.email_sent) return { digest: existing, rebuilt: false };
  const profile = await getProfileByUserId(userId);
  if (!profile) throw new ApiError("not_found", `No profile for user ${userId}`);

  const { jobs, totalMatches } = await selectDigestJobs(userId, profile.min_score_threshold, now);
  const last = await getLastSentDigest(userId, date);
  const windowDays = profile.digest_frequency === "weekly" ? 7 : 1;
  const since = last?.email_sent_at ?? new Date(now.getTime() - windowDays * 86_400_000);
  const [totalNewJobs, trends, skillRecommendations] = await Promise.all([
    countNewListingsSince(since, now),
    computeMarketTrends(studentFieldOf(profile), now),
    recommendSkills(profile, now),
  ]);
  const firstName = profile.full_name?.trim().split(/\s+/)[0] || null;
  const facts = { userId, firstName, jobs, totalMatches, totalNewJobs, trends, skillRecommendations };
  const { summary } = await summarizeDigest(facts);

  const { digest, written } = await upsertUnsentDigest({
    user_id: userId,
    digest_date: date,
    digest_title: digestTitle(facts),
    digest_summary: summary,
    top_jobs: jobs,
    total_new_jobs: totalNewJobs,
    total_matches: totalMatches,
    market_trends: trends,
    skill_recommendations: skillRecommendations,
    status: jobs.length ? "built" : "skipped",
  });
  if (!written) return { digest, rebuilt: false };
  // The web view needs the row's id for its links, so it is rendered after the insert.
  const { html, text } = await renderDigest(digest, { forEmail: false });
  const generation = Math.round((performance.now() - started) / 10) / 100;
  const stored = await updateDigest(digest.id, { digest_html: html, digest_text: text, generation_time_seconds: generation });
  return { digest: stored ?? digest, rebuilt: true };
}
