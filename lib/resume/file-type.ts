import { readZipDirectory } from "./zip-directory";

export type ResumeFileKind = "pdf" | "docx" | "text" | "unknown";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

/** Decides the kind from the bytes only: names and Content-Type headers are easy to fake. */
export function detectFileType(bytes: Uint8Array): ResumeFileKind {
  if (bytes.length === 0) return "unknown";
  // The PDF header may follow a little junk, but must sit within the first KB.
  const pdf = indexOfBytes(bytes.subarray(0, 1024), PDF_MAGIC) >= 0;
  const docx = (pdf || startsWith(bytes, ZIP_MAGIC)) && isWordZip(bytes);
  // A PDF/DOCX polyglot reads differently in each parser: refuse it rather than pick one.
  if (pdf) return docx ? "unknown" : "pdf";
  if (startsWith(bytes, ZIP_MAGIC)) return docx ? "docx" : "unknown";
  return decodeTextFile(bytes) === undefined ? "unknown" : "text";
}

/**
 * Decodes UTF-8 (or BOM-marked UTF-16) text, or returns undefined when the
 * bytes are binary: invalid UTF-8, NUL bytes or more than a trace of control
 * characters. RTF is text but unreadable as a resume, so it is refused too.
 */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
  if (text.startsWith("{\\rtf")) return undefined;
  let control = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0) return undefined;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0x7f) control++;
  }
  return control > Math.max(2, text.length * 0.001) ? undefined : text;
}

function isWordZip(bytes: Uint8Array): boolean {
  return readZipDirectory(bytes)?.some((e) => e.name === "word/document.xml") ?? false;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, k) => bytes[k] === b);
}

function indexOfBytes(bytes: Uint8Array, needle: number[]): number {
  outer: for (let k = 0; k + needle.length <= bytes.length; k++) {
    for (let j = 0; j < needle.length; j++) if (bytes[k + j] !== needle[j]) continue outer;
    return k;
  }
  return -1;
}
