import { createHmac, timingSafeEqual } from "node:crypto";
import { getOrCreateSecretFile } from "@/lib/data-dir";
import { getEnv } from "@/lib/env";

/**
 * HMAC-signed, URL-safe tokens for the links in emails (unsubscribe, open
 * pixel, tracked clicks): they work without a session, so the signature is
 * the only thing that authorises them. No expiry: RFC 8058 unsubscribe links
 * must keep working for as long as the email sits in an inbox.
 */
export type EmailLinkPurpose = "unsubscribe" | "open" | "click";
export type EmailLinkClaims = { purpose: EmailLinkPurpose; userId: string; digestId?: number; jobId?: number };

let cachedKey: Buffer | undefined;

function signingKey(): Buffer {
  if (cachedKey) return cachedKey;
  const secret = getEnv().BETTER_AUTH_SECRET ?? getOrCreateSecretFile("email-link-secret");
  // A derived key, so the auth secret itself never signs anything outside auth.
  cachedKey = createHmac("sha256", secret).update("jobmatch:email-links:v1").digest();
  return cachedKey;
}

export function resetEmailTokenKey() {
  cachedKey = undefined;
}

function mac(payload: string): string {
  return createHmac("sha256", signingKey()).update(payload).digest("base64url");
}

export function signEmailToken(claims: EmailLinkClaims): string {
  const compact = [claims.purpose, claims.userId, claims.digestId ?? "", claims.jobId ?? ""];
  const payload = Buffer.from(JSON.stringify(compact)).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The claims when the signature is right and the purpose matches, null otherwise. */
export function verifyEmailToken(token: string | null | undefined, purpose: EmailLinkPurpose): EmailLinkClaims | null {
  if (!token || token.length > 600) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const [p, userId, digestId, jobId] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    if (p !== purpose || typeof userId !== "string" || !userId) return null;
    const num = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : undefined);
    return { purpose, userId, digestId: num(digestId), jobId: num(jobId) };
  } catch {
    return null;
  }
}
