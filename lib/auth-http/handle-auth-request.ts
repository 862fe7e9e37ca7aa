import { getAuth } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { getLimiter, retryAfterSeconds } from "@/lib/rate-limit";
import { getActiveSession } from "@/lib/session";

const EMAIL_WINDOW_SECONDS = 15 * 60;

/** better-auth answers 429 with X-Retry-After only; clients and proxies read Retry-After. */
function withRetryAfter(res: Response): Response {
  if (res.status !== 429 || res.headers.has("retry-after")) return res;
  const out = new Response(res.body, res);
  out.headers.set("Retry-After", res.headers.get("x-retry-after") ?? "60");
  return out;
}

async function emailOf(req: Request): Promise<string | null> {
  const body = (await req.clone().json().catch(() => null)) as { email?: unknown } | null;
  return typeof body?.email === "string" ? body.email.trim().toLowerCase().slice(0, 320) : null;
}

/**
 * Failed sign-ins per account email (on top of better-auth's per-IP limit, so
 * rotating addresses does not help a guesser): after N failures in 15 minutes
 * that email gets 429 until the window ends; a success clears the count.
 */
async function signInWithEmailLimit(req: Request, pass: (req: Request) => Promise<Response>): Promise<Response> {
  const max = getEnv().RATE_LIMIT_SIGN_IN_PER_EMAIL;
  const email = max > 0 ? await emailOf(req) : null;
  if (!email) return pass(req);
  const limiter = getLimiter("sign-in-email", max, EMAIL_WINDOW_SECONDS);
  const state = await limiter.get(email);
  if (state && state.consumedPoints >= max) {
    const seconds = retryAfterSeconds(state);
    return Response.json(
      { code: "TOO_MANY_ATTEMPTS", message: `Too many failed sign-ins for this account. Try again in ${Math.ceil(seconds / 60)} min.` },
      { status: 429, headers: { "Retry-After": String(seconds) } },
    );
  }
  const res = await pass(req);
  if (res.status === 401) await limiter.penalty(email, 1);
  else if (res.ok) await limiter.delete(email);
  return res;
}

/** /api/auth/*: better-auth, plus the per-email sign-in limit, Retry-After, and the absolute session lifetime. */
export async function handleAuthRequest(req: Request): Promise<Response> {
  const auth = await getAuth();
  const pass = async (r: Request) => withRetryAfter(await auth.handler(r));
  const path = new URL(req.url).pathname;
  if (req.method === "POST" && path.endsWith("/sign-in/email")) return signInWithEmailLimit(req, pass);
  // A session past SESSION_MAX_DAYS is revoked here, so better-auth's own endpoints never see it.
  if (/session_token=/.test(req.headers.get("cookie") ?? "")) await getActiveSession(req.headers);
  return pass(req);
}
