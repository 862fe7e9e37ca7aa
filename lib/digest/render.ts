import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import type { DailyDigest } from "@/db/schema";
import AllQuietEmail from "@/emails/all-quiet";
import DailyDigestEmail from "@/emails/daily-digest";
import { emailLinks } from "@/lib/email/links";
import { formatDigestDate } from "./format";
import type { MarketTrends, SkillRecommendation } from "./types";

export type RenderedEmail = { html: string; text: string };

/**
 * The digest as HTML and text from what is stored. `forEmail` adds the open
 * pixel; the stored web view has none, so reading it in the app is not an open.
 */
export async function renderDigest(digest: DailyDigest, { forEmail }: { forEmail: boolean }): Promise<RenderedEmail> {
  const links = emailLinks(digest.user_id, digest.id);
  const element = createElement(DailyDigestEmail, {
    title: digest.digest_title ?? "Your JobMatch digest",
    summary: digest.digest_summary ?? "",
    dateLabel: formatDigestDate(digest.digest_date),
    jobs: digest.top_jobs.map((job) => ({ ...job, href: links.click(job.job_id) })),
    totalMatches: digest.total_matches ?? digest.top_jobs.length,
    totalNewJobs: digest.total_new_jobs ?? 0,
    trends: (digest.market_trends as MarketTrends | null) ?? null,
    skillRecommendations: (digest.skill_recommendations as SkillRecommendation[] | null) ?? [],
    links: { webView: links.webView, preferences: links.preferences, unsubscribe: links.unsubscribePage, matches: links.matches },
    openPixelUrl: forEmail ? links.openPixel : null,
  });
  const html = await render(element);
  return { html, text: toPlainText(html) };
}

export async function renderAllQuiet(userId: string, digestId: number, firstName: string | null, minScore: number): Promise<RenderedEmail> {
  const links = emailLinks(userId, digestId);
  const html = await render(
    createElement(AllQuietEmail, {
      firstName,
      minScore,
      links: { webView: links.webView, preferences: links.preferences, unsubscribe: links.unsubscribePage, matches: links.matches },
    }),
  );
  return { html, text: toPlainText(html) };
}
