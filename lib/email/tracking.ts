import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { markDigestOpened, recordDigestClick } from "@/db/queries/digests";
import { unsubscribeFromDigests } from "@/db/queries/email-recipients";
import { jobListings } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { verifyEmailToken } from "./tokens";

/** A 1×1 transparent GIF. */
export const TRANSPARENT_GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** The open pixel: a valid token marks the digest opened (first time kept). Invalid tokens are ignored. */
export async function recordOpen(token: string): Promise<boolean> {
  const claims = verifyEmailToken(token, "open");
  if (!claims?.digestId) return false;
  return markDigestOpened(claims.digestId, claims.userId);
}

/**
 * A tracked click: record it, then answer where to send the reader — only
 * ever the job's stored URL (http or https), never a URL from the request.
 * Null when the token is not ours.
 */
export async function recordClick(token: string): Promise<string | null> {
  const claims = verifyEmailToken(token, "click");
  if (!claims?.digestId || !claims.jobId) return null;
  await recordDigestClick(claims.digestId, claims.userId, claims.jobId);
  const db = await getDb();
  const [job] = await db.select({ url: jobListings.url }).from(jobListings).where(eq(jobListings.id, claims.jobId)).limit(1);
  const fallback = `${getEnv().APP_URL}/matches`;
  if (!job?.url) return fallback;
  try {
    const url = new URL(job.url);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : fallback;
  } catch {
    return fallback;
  }
}

/** One-click unsubscribe (RFC 8058): no session, the signed token is the authority. */
export async function unsubscribeByToken(token: string | null | undefined): Promise<{ ok: boolean; userId?: string }> {
  const claims = verifyEmailToken(token, "unsubscribe");
  if (!claims) return { ok: false };
  await unsubscribeFromDigests(claims.userId);
  return { ok: true, userId: claims.userId };
}
