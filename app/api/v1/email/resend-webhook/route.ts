import { toErrorResponse } from "@/lib/errors";
import { log } from "@/lib/logger";
import { applyResendEvent, verifyResendWebhook } from "@/lib/email/webhook";

// POST /api/v1/email/resend-webhook – Resend delivery events (svix-signed): delivered, bounced, complained
export async function POST(req: Request) {
  try {
    const payload = await req.text();
    const event = verifyResendWebhook(payload, req.headers);
    return Response.json(await applyResendEvent(event));
  } catch (err) {
    return toErrorResponse(err, (e) => log.error({ err: e }, "resend webhook failed"));
  }
}
