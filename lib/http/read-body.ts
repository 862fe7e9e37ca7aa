import { ApiError } from "@/lib/errors";

/**
 * Reads a request body, refusing it (413) as soon as it passes `maxBytes`:
 * first by Content-Length when the client sends one, then by counting while
 * streaming, so a chunked upload cannot make the server buffer without limit.
 */
export async function readBodyBytes(req: Request, maxBytes: number, tooLargeMessage: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new ApiError("payload_too_large", tooLargeMessage);
  if (!req.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ApiError("payload_too_large", tooLargeMessage);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The media type of a request, lower-cased, without parameters ("" when absent). */
export function mediaTypeOf(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/** A JSON body (at most `maxBytes`), or 400 in the one error shape when it is not JSON. */
export async function readJsonBody(req: Request, maxBytes = 256 * 1024): Promise<unknown> {
  const bytes = await readBodyBytes(req, maxBytes, `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
  const text = new TextDecoder().decode(bytes);
  if (!text.trim()) throw new ApiError("bad_request", "The request body is empty: send a JSON object.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The request body is not valid JSON.");
  }
}
