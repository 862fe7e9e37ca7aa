import { getEnv } from "@/lib/env";
import { signEmailToken } from "./tokens";

/** Absolute URLs for the links an email carries (signed where they work without a session). */
export function emailLinks(userId: string, digestId?: number) {
  const base = getEnv().APP_URL;
  return {
    unsubscribe: `${base}/api/v1/email/unsubscribe?token=${signEmailToken({ purpose: "unsubscribe", userId })}`,
    /** The page a person lands on from the footer link: it asks before unsubscribing (link scanners click). */
    unsubscribePage: `${base}/unsubscribe?token=${signEmailToken({ purpose: "unsubscribe", userId })}`,
    preferences: `${base}/settings`,
    matches: `${base}/matches`,
    webView: digestId ? `${base}/digests/${digestId}` : `${base}/digests`,
    openPixel: digestId ? `${base}/api/v1/email/open/${signEmailToken({ purpose: "open", userId, digestId })}` : null,
    click: (jobId: number) => `${base}/api/v1/email/click/${signEmailToken({ purpose: "click", userId, digestId, jobId })}`,
  };
}

/** RFC 8058 one-click unsubscribe headers. */
export function unsubscribeHeaders(userId: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${emailLinks(userId).unsubscribe}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
