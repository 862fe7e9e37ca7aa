import { getCurrentUser, type Caller } from "@/lib/session";

/**
 * The signed-in user for public pages (landing, sign-in), or null — also null
 * when auth is not reachable yet, so those pages still render.
 */
export async function getOptionalUser(): Promise<Caller | null> {
  try {
    return await getCurrentUser();
  } catch (err) {
    console.error("getOptionalUser: session lookup failed", err);
    return null;
  }
}
