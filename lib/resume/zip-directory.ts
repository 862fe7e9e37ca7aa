import { inflateRawSync, constants as zlibConstants } from "node:zlib";

/**
 * Reads a zip's central directory without inflating anything, so a DOCX can
 * be checked (is it Word? how big does it claim to unpack to?) before mammoth
 * touches it.
 */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflate. */
  method: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/** Returns the entries, or undefined when the bytes are not a readable zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] | undefined {
  if (bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return undefined;
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({
      name,
      compressedSize,
      // ZIP64 sizes live in the extra field; treat the marker as "enormous" rather than trusting it.
      uncompressedSize: uncompressedSize === ZIP64_MARKER ? Number.MAX_SAFE_INTEGER : uncompressedSize,
      method,
      localHeaderOffset,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= min; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

const LOCAL_SIGNATURE = 0x04034b50;

/**
 * What the entries really unpack to, inflating each with a hard cap: the
 * directory's sizes are the sender's word, and a lying one would otherwise
 * make the reader inflate gigabytes. Returns the true total, or Infinity as
 * soon as it passes `maxBytes`.
 */
export function measureZipUnpacked(bytes: Uint8Array, entries: ZipEntryInfo[], maxBytes: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of entries) {
    const at = e.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) continue;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) total += data.length;
    else if (e.method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes - total + 1), finishFlush: zlibConstants.Z_SYNC_FLUSH }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return Number.POSITIVE_INFINITY;
        // Damaged data: the reader will report it as corrupt.
      }
    }
    if (total > maxBytes) return Number.POSITIVE_INFINITY;
  }
  return total;
}
