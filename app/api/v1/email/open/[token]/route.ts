import { recordOpen, TRANSPARENT_GIF } from "@/lib/email/tracking";
import { log } from "@/lib/logger";

// GET /api/v1/email/open/{token} – the open pixel: marks the digest opened, always answers a 1×1 GIF
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await recordOpen(token).catch((err) => log.warn({ err }, "could not record an email open"));
  return new Response(new Uint8Array(TRANSPARENT_GIF), {
    headers: { "content-type": "image/gif", "cache-control": "no-store, max-age=0", "content-length": String(TRANSPARENT_GIF.length) },
  });
}
