import mammoth from "mammoth";
import { docxHtmlToText } from "./docx-html";
import { ResumeExtractError } from "./errors";
import { measureZipUnpacked, readZipDirectory } from "./zip-directory";

export const MAX_DOCX_UNPACKED_BYTES = 20 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 5_000;

/**
 * DOCX → text through mammoth's HTML (which keeps list items, table cells and
 * template columns apart, unlike raw text; see docx-html.ts). The zip
 * directory is checked first so a zip bomb is refused before anything is inflated.
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
    return docxHtmlToText(value);
  } catch (error) {
    throw new ResumeExtractError("corrupt", { cause: error, detail: String(error) });
  }
}
