import { inflateSync, constants as zlibConstants } from "node:zlib";

/** More than any resume's text, fonts and page contents inflate to. */
export const MAX_PDF_INFLATED_BYTES = 64 * 1024 * 1024;

const STREAM_START = /(?<!end)stream(?:\r\n|\n|\r)/g;
const IMAGE = /\/Subtype\s*\/Image\b/;
const FLATE = /\/FlateDecode\b/;

/**
 * pdf.js inflates content, font and object streams whole, in memory, with no
 * limit: a 3 MB upload can hold a content stream that inflates to gigabytes.
 * Each FlateDecode stream pdf.js may read (images it never decodes for text
 * are skipped) is inflated here with a hard cap first; returns false as soon
 * as the total passes `maxBytes`. Streams it cannot inflate are left to pdf.js.
 */
export function pdfStreamsWithinBudget(bytes: Uint8Array, maxBytes = MAX_PDF_INFLATED_BYTES): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let total = 0;
  for (const match of text.matchAll(STREAM_START)) {
    const start = match.index + match[0].length;
    const dictStart = text.lastIndexOf("obj", match.index);
    const dict = text.slice(dictStart < 0 ? Math.max(0, match.index - 4096) : dictStart, match.index);
    if (!FLATE.test(dict) || IMAGE.test(dict)) continue;
    const end = text.indexOf("endstream", start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    try {
      total += inflateSync(data, { maxOutputLength: Math.max(1, maxBytes - total + 1), finishFlush: zlibConstants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return false;
    }
    if (total > maxBytes) return false;
  }
  return true;
}
