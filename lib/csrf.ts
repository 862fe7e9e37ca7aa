import { trustedOrigins } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { ApiError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuse cross-site, cookie-authenticated mutations (the rules of Go's
 * http.CrossOriginProtection): a browser marks every request with
 * Sec-Fetch-Site and/or Origin, so a request carrying neither comes from a
 * non-browser client, which cannot ride someone else's cookie.
 */
export function isSameOriginRequest(req: Request): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return true;
  const origin = req.headers.get("origin");
  if (origin && trustedOrigins(getEnv().APP_URL).includes(origin)) return true;
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none";
  if (!origin) return true;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  try {
    return Boolean(host) && new URL(origin).host === host;
  } catch {
    return false; // "null" or garbage
  }
}

export function assertSameOrigin(req: Request) {
  if (!isSameOriginRequest(req)) throw new ApiError("forbidden", "Cross-site request refused.");
}
