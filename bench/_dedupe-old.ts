import { createHash } from "node:crypto";
import type { RemoteType } from "@/lib/jobs/types";

const COMPANY_SUFFIX = /\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|corp|corporation|co|company|plc|ag|sa|s\.a|bv|b\.v|nv|pvt|private|pty|srl|sas|oy|ab|lp|llp|kg|se)\b\.?/g;
const TITLE_SYNONYMS: [RegExp, string][] = [
  [/\bsr\b\.?/g, "senior"], [/\bjr\b\.?/g, "junior"], [/\bswe\b/g, "software engineer"], [/\bsde\b/g, "software engineer"],
  [/\beng\b\.?/g, "engineer"], [/\bengineering\b/g, "engineer"], [/\bdev\b/g, "developer"], [/\bmgr\b/g, "manager"],
  [/\bnew graduate\b/g, "new grad"], [/\bentry[- ]level\b/g, "entry"], [/\bfront[- ]end\b/g, "frontend"],
  [/\bback[- ]end\b/g, "backend"], [/\bfull[- ]?stack\b/g, "fullstack"], [/\binternship\b/g, "intern"],
  [/\bco[- ]op\b/g, "coop"], [/\b(?:iv)\b/g, "4"], [/\biii\b/g, "3"], [/\bii\b/g, "2"], [/\bi\b/g, "1"],
];
const TITLE_NOISE = /\b(?:the|a|an|of|for|and|with|to|in|at|remote|hybrid|on ?site|onsite|m f d|f m d|w m d|all genders|urgent|hiring|now)\b/g;

const NON_ASCII = /[^\x00-\x7f]/;

function simplify(text: string): string {
  // NFKD is the slow part and only matters for accented text.
  return NON_ASCII.test(text) ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase() : text.toLowerCase();
}

/** "Acme Robotics, Inc." → "acme robotics". */
export function normalizeCompanyName(company: string | null | undefined): string {
  if (!company) return "";
  return simplify(company).replace(/&/g, " and ").replace(COMPANY_SUFFIX, " ").replace(/[^a-z0-9]+/g, " ").replace(/\band\b/g, " ").replace(/\s+/g, " ").trim();
}

/** "Sr. Software Eng. II (Remote)" → "2 engineer senior software": synonyms unified, word order ignored. */
export function normalizeTitleForKey(title: string): string {
  let text = simplify(title).replace(/[()[\]{}]/g, " ");
  for (const [pattern, replacement] of TITLE_SYNONYMS) text = text.replace(pattern, replacement);
  const words = text.replace(/[^a-z0-9+#]+/g, " ").replace(TITLE_NOISE, " ").split(" ").filter(Boolean);
  return [...new Set(words)].sort().join(" ");
}

export interface DedupeLocation {
  city: string | null;
  country: string | null;
  remote_type: RemoteType | null;
}

function locationPart(location: DedupeLocation | string | null | undefined): string {
  if (!location) return "";
  if (typeof location === "string") return /\bremote\b/i.test(location) ? "remote" : simplify(location).replace(/[^a-z0-9]+/g, " ").trim();
  if (location.remote_type === "remote") return "remote";
  return simplify(location.city ?? location.country ?? "").replace(/[^a-z0-9]+/g, " ").trim();
}

export function dedupeKeyParts(input: { company: string | null; title: string; location: DedupeLocation | string | null }): string {
  return `${normalizeCompanyName(input.company)}|${normalizeTitleForKey(input.title)}|${locationPart(input.location)}`;
}

/** Same company + same role + same place → same key, across feeds and URLs. 32 hex chars. */
export function dedupeKey(input: { company: string | null; title: string; location: DedupeLocation | string | null }): string {
  return createHash("sha256").update(dedupeKeyParts(input)).digest("hex").slice(0, 32);
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function fnv1a(word: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;
const SHINGLE = 3;
/** Enough words to identify a posting; later text is mostly boilerplate and costs time. */
const MAX_WORDS = 600;

/**
 * 64-bit simhash over 3-word shingles, as 16 hex chars. Postings that differ
 * in a few words land a few bits apart; unrelated ones ~32 bits apart.
 */
export function textFingerprint(text: string): string {
  const words = (simplify(text.slice(0, MAX_WORDS * 8)).match(WORD) ?? []).slice(0, MAX_WORDS);
  const count = Math.max(1, words.length - SHINGLE + 1);
  const hi = new Uint32Array(words.length);
  const lo = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    hi[i] = fnv1a(words[i], 0x811c9dc5);
    lo[i] = fnv1a(words[i], 0x01000193);
  }
  // Per bit, how many shingle hashes set it. Counted bit-sliced (a ripple-carry
  // adder per bit plane: all 32 counters of a word at once) rather than one
  // bit at a time; the sign test below is the simhash weight > 0.
  const hiPlanes = new Int32Array(32);
  const loPlanes = new Int32Array(32);
  for (let i = 0; i < count; i++) {
    let h = 0;
    let l = 0;
    for (let k = 0; k < SHINGLE && i + k < words.length; k++) {
      h = fmix32(h ^ hi[i + k] ^ (k * 0x9e3779b9));
      l = fmix32(l ^ lo[i + k] ^ (k * 0x7f4a7c15));
    }
    for (let plane = 0; h !== 0; plane++) {
      const carry = hiPlanes[plane] & h;
      hiPlanes[plane] ^= h;
      h = carry;
    }
    for (let plane = 0; l !== 0; plane++) {
      const carry = loPlanes[plane] & l;
      loPlanes[plane] ^= l;
      l = carry;
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    let setHigh = 0;
    let setLow = 0;
    for (let plane = 0; plane < 32; plane++) {
      setHigh += ((hiPlanes[plane] >>> bit) & 1) * 2 ** plane;
      setLow += ((loPlanes[plane] >>> bit) & 1) * 2 ** plane;
    }
    // weight = set − unset = 2·set − count
    if (2 * setHigh > count) high |= 1 << bit;
    if (2 * setLow > count) low |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, "0") + (low >>> 0).toString(16).padStart(8, "0");
}

function popcount32(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(fpA: string, fpB: string): number {
  const a1 = parseInt(fpA.slice(0, 8), 16);
  const a2 = parseInt(fpA.slice(8, 16), 16);
  const b1 = parseInt(fpB.slice(0, 8), 16);
  const b2 = parseInt(fpB.slice(8, 16), 16);
  return popcount32((a1 ^ b1) >>> 0) + popcount32((a2 ^ b2) >>> 0);
}

export function isNearDuplicate(fpA: string, fpB: string, maxHamming = 3): boolean {
  return hammingDistance(fpA, fpB) <= maxHamming;
}

/** sha256 of the fields a reader sees: a different hash means the posting changed. */
export function contentHash(parts: readonly unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
