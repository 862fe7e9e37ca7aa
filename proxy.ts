import { type NextRequest, NextResponse } from "next/server";
import { pageCsp } from "@/lib/http/security-headers";

/**
 * Every page request: a fresh CSP nonce (Next reads it from the request's
 * Content-Security-Policy and stamps its inline scripts with it), and the URL
 * for layouts, which cannot see it otherwise (a sign-in redirect comes back via `?next=`).
 */
export function proxy(req: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce);
  const headers = new Headers(req.headers);
  headers.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = { matcher: ["/((?!api|_next|favicon.ico|demo-feeds).*)"] };
