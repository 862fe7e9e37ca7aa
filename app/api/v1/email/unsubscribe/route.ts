import { errorResponse } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { unsubscribeByToken } from "@/lib/email/tracking";

// POST /api/v1/email/unsubscribe?token= – RFC 8058 one-click unsubscribe: no session, the signed token decides
export async function POST(req: Request) {
  const url = new URL(req.url);
  const result = await unsubscribeByToken(url.searchParams.get("token"));
  // The confirmation page posts a form with from=page: send the person back to a readable page.
  const form = req.headers.get("content-type")?.includes("form") ? await req.formData().catch(() => null) : null;
  if (form?.get("from") === "page") {
    const target = new URL("/unsubscribe", getEnv().APP_URL);
    target.searchParams.set(result.ok ? "done" : "invalid", "1");
    return Response.redirect(target, 303);
  }
  if (!result.ok) return errorResponse("bad_request", "This unsubscribe link is invalid.");
  return Response.json({ unsubscribed: true });
}

// GET /api/v1/email/unsubscribe?token= – a person following the link: the confirmation page (it never unsubscribes on GET)
export async function GET(req: Request) {
  const target = new URL("/unsubscribe", getEnv().APP_URL);
  const token = new URL(req.url).searchParams.get("token");
  if (token) target.searchParams.set("token", token);
  return Response.redirect(target, 303);
}
