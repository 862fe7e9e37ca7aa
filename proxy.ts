import { type NextRequest, NextResponse } from "next/server";

/** Layouts cannot see the URL: pass it along so a sign-in redirect can come back (`?next=`). */
export function proxy(req: NextRequest) {
  const headers = new Headers(req.headers);
  headers.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next|favicon.ico|demo-feeds).*)"] };
