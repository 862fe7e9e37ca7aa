import { unstable_rethrow } from "next/navigation";
import { log } from "@/lib/logger";
import { type Caller, getCurrentUser } from "@/lib/session";

/**
 * The signed-in user for public pages (landing, sign-in), or null — also null
 * when auth is not reachable yet, so those pages still render.
 */
export async function getOptionalUser(): Promise<Caller | null> {
  try {
    return await getCurrentUser();
  } catch (err) {
    unstable_rethrow(err); // Next's own control flow (dynamic rendering, redirects) is not a failure
    log.error({ err }, "session lookup failed");
    return null;
  }
}
