import { errorResponse } from "@/lib/errors";
import { recordClick } from "@/lib/email/tracking";

// GET /api/v1/email/click/{token} – a tracked job link: records the click, then 302 to the job's stored URL only
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const target = await recordClick(token);
  if (!target) return errorResponse("not_found", "This link is invalid.");
  return new Response(null, { status: 302, headers: { location: target, "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}
