import { getDigestById, listDigestsForUser, markDigestViewedOnce } from "@/db/queries/digests";
import type { DailyDigest } from "@/db/schema";
import { ApiError } from "@/lib/errors";

export { listDigestsForUser };

/** One stored digest of this user; reading it as its owner marks it viewed. */
export async function getDigestForReader(userId: string, digestId: number, { markViewed }: { markViewed: boolean }): Promise<DailyDigest> {
  const digest = await getDigestById(digestId);
  if (!digest || digest.user_id !== userId) throw new ApiError("not_found", `No digest ${digestId} for user ${userId}`);
  // Viewed before (the usual case): nothing to write. First view: one update that returns the row.
  if (!markViewed || digest.user_viewed) return digest;
  return (await markDigestViewedOnce(digest.id)) ?? digest;
}

/** The stored HTML for an iframe srcdoc: links open outside the sandboxed frame. */
export function webViewDocument(digest: Pick<DailyDigest, "digest_html">): string {
  const html = digest.digest_html ?? "<p>This digest has no stored web view.</p>";
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head([^>]*)>/i, `<head$1>${base}`) : `${base}${html}`;
}
