import { headers } from "next/headers";
import { getAuth, isAdminEmail } from "@/lib/auth";
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

/**
 * The session for these request headers, or null — also null (and the session
 * revoked) when it is past its absolute lifetime.
 */
export async function getActiveSession(requestHeaders: Headers) {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  if (isPastAbsoluteExpiry(session.session.createdAt)) {
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
