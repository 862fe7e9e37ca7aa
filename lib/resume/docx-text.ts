import mammoth from "mammoth";
import { ResumeExtractError } from "./errors";
import { measureZipUnpacked, readZipDirectory } from "./zip-directory";

export const MAX_DOCX_UNPACKED_BYTES = 20 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 5_000;

/**
 * DOCX → text through mammoth's HTML (which keeps list items and table cells
 * apart, unlike raw text). The zip directory is checked first so a zip bomb
 * is refused before anything is inflated.
 */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new ResumeExtractError("corrupt", { detail: "unreadable zip directory" });
  const unpacked = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (unpacked > MAX_DOCX_UNPACKED_BYTES || entries.length > MAX_DOCX_ENTRIES) {
    throw new ResumeExtractError("too_large_unpacked", { detail: `${unpacked} bytes in ${entries.length} entries` });
  }
  // The directory may lie (claim 2 KB for a 4 GB entry): check what the entries really inflate to.
  if (measureZipUnpacked(bytes, entries, MAX_DOCX_UNPACKED_BYTES) > MAX_DOCX_UNPACKED_BYTES) {
    throw new ResumeExtractError("too_large_unpacked", { detail: `entries inflate past ${MAX_DOCX_UNPACKED_BYTES} bytes (the directory claims ${unpacked})` });
  }
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToText(value);
  } catch (error) {
    throw new ResumeExtractError("corrupt", { cause: error, detail: String(error) });
  }
}

/** Mammoth's HTML is small and regular, so a tag-level pass is enough. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, "")
      // Paragraphs inside a table cell would otherwise split one row over many lines.
      .replace(/<t([dh])[^>]*>([\s\S]*?)<\/t\1>/gi, (_, d: string, inner: string) =>
        `<t${d}>${inner.replace(/<\/p>\s*<p[^>]*>/gi, " ").replace(/<\/?p[^>]*>/gi, "")}</t${d}>`,
      )
      .replace(/<\/t[dh]>\s*<t[dh][^>]*>/gi, "\t")
      .replace(/<li[^>]*>/gi, "- ")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|h[1-6]|li|tr|table|ul|ol|div)>/gi, "\n")
      .replace(/<[^>]+>/g, ""),
  ).replace(/\n{3,}/g, "\n\n");
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}
