import { headers } from "next/headers";
import { getAuth, isAdminEmail } from "@/lib/auth";
import { authCacheGeneration, authCacheKey, forgetCachedAuthKey, getCachedAuth, rememberAuth } from "@/lib/auth-cache";
import { getEnv } from "@/lib/env";

export type Caller = {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  via: "session" | "api_key";
};

type SessionUser = { id: string; email: string; name: string; role?: string | null };

export function toCaller(user: SessionUser, via: Caller["via"]): Caller {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.role === "admin" || isAdminEmail(user.email),
    via,
  };
}

/** Older than SESSION_MAX_DAYS since sign-in: refreshing on use (idle expiry) never extends this. */
export function isPastAbsoluteExpiry(createdAt: Date | string, now = Date.now()): boolean {
  return now - new Date(createdAt).getTime() > getEnv().SESSION_MAX_DAYS * 24 * 60 * 60 * 1000;
}

type ActiveSession = NonNullable<Awaited<ReturnType<Awaited<ReturnType<typeof getAuth>>["api"]["getSession"]>>>;

/**
 * The session for these request headers, or null — also null (and the session
 * revoked) when it is past its absolute lifetime. A session verified in the
 * last AUTH_CACHE_MS is answered from lib/auth-cache.ts, keyed by the Cookie
 * header that carried it (sign-out and revocation in this process clear it).
 */
export async function getActiveSession(requestHeaders: Headers): Promise<ActiveSession | null> {
  const cookie = requestHeaders.get("cookie");
  if (!cookie) return null; // better-auth reads the session from the cookie only
  const cacheKey = authCacheKey("session", cookie);
  const generation = authCacheGeneration();
  let session = getCachedAuth<ActiveSession>(cacheKey);
  const auth = await getAuth();
  if (!session) {
    const fresh = await auth.api.getSession({ headers: requestHeaders });
    if (!fresh) return null;
    session = fresh;
    if (!isPastAbsoluteExpiry(session.session.createdAt)) rememberAuth(cacheKey, session, generation, session.session.expiresAt);
  }
  if (isPastAbsoluteExpiry(session.session.createdAt)) {
    forgetCachedAuthKey(cacheKey);
    const ctx = await auth.$context;
    await ctx.internalAdapter.deleteSession(session.session.token);
    return null;
  }
  return session;
}

/** The signed-in user for server components and actions, or null. */
export async function getCurrentUser(): Promise<Caller | null> {
  // Read the request first: it marks the page dynamic, so `next build` never opens the database here.
  const requestHeaders = await headers();
  const session = await getActiveSession(requestHeaders);
  return session ? toCaller(session.user as SessionUser, "session") : null;
}
