import { headers } from "next/headers";
import { getAuth, isAdminEmail } from "@/lib/auth";

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

/** The signed-in user for server components and actions, or null. */
export async function getCurrentUser(): Promise<Caller | null> {
  // Read the request first: it marks the page dynamic, so `next build` never opens the database here.
  const requestHeaders = await headers();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  return session ? toCaller(session.user as SessionUser, "session") : null;
}
