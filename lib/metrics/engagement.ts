import { countDigestEngagement, countFeedback, countMatchClicks, countProfilesCreatedByBucket } from "@/db/queries/metrics";
import { ratio, type WindowRange, zeroFill } from "./window";

/**
 * Engagement over a window.
 * - Profiles created (per bucket).
 * - Match click-through rate: matches stored in the window that were clicked, over matches stored in the window.
 * - Digest open / click rates: digests emailed in the window that were opened / clicked, over digests emailed.
 * - Feedback given in the window, by value and reason.
 */
export async function getEngagementMetrics(range: WindowRange) {
  const [created, clicks, digests, feedback] = await Promise.all([
    countProfilesCreatedByBucket(range, range.bucket),
    countMatchClicks(range),
    countDigestEngagement(range),
    countFeedback(range),
  ]);
  const series = zeroFill<{ n: number }>(range.keys, created, ["n"]).map((p) => ({ bucket: p.bucket, profiles: p.n }));
  const byValue = new Map<string, number>();
  for (const f of feedback) byValue.set(f.feedback, (byValue.get(f.feedback) ?? 0) + f.count);
  return {
    profiles_created: series.reduce((n, p) => n + p.profiles, 0),
    profiles_series: series,
    matches: { ...clicks, ctr: ratio(clicks.clicked, clicks.stored) },
    digests: { ...digests, open_rate: ratio(digests.opened, digests.sent), click_rate: ratio(digests.clicked, digests.sent) },
    feedback: {
      total: feedback.reduce((n, f) => n + f.count, 0),
      by_value: [...byValue].map(([value, count]) => ({ value, count })),
      by_reason: feedback.filter((f) => f.feedback === "not_interested").map((f) => ({ reason: f.reason ?? "none given", count: f.count })),
    },
  };
}
export type EngagementMetrics = Awaited<ReturnType<typeof getEngagementMetrics>>;
