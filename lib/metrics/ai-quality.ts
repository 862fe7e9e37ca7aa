import { averageScores, countTopTenFeedback } from "@/db/queries/metrics";
import { ratio, type WindowRange } from "./window";

/**
 * AI quality over a window.
 * - Average compatibility of the scores stored in the window (and per scoring method).
 * - Top-10 feedback: among each student's ten best-scored matches, the
 *   feedback given in the window; the not-interested share is a proxy for
 *   false positives (matches we ranked high that the student turned down).
 */
export async function getAiQualityMetrics(range: WindowRange) {
  const [scores, topTen] = await Promise.all([averageScores(range), countTopTenFeedback(range)]);
  const overall = scores.find((s) => s.method === "all");
  const rated = topTen.interested + topTen.not_interested;
  return {
    avg_score: overall?.avg ?? null,
    scores_stored: overall?.count ?? 0,
    by_method: scores.filter((s) => s.method !== "all"),
    top10_feedback: {
      ...topTen,
      interested_share: ratio(topTen.interested, rated),
      not_interested_share: ratio(topTen.not_interested, rated),
    },
  };
}
export type AiQualityMetrics = Awaited<ReturnType<typeof getAiQualityMetrics>>;
