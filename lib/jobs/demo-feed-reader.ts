import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { FetchFeedError } from "./fetch-feed-error";

/**
 * `demo://<file>` reads `public/demo-feeds/<file>`: no network, same result
 * shape as a fetch. Demo files are written with dates at or before
 * DEMO_ANCHOR; every date is moved forward by whole days so the newest item
 * lands within the last day before `now`. Whole days keep the body (and the
 * etag, a hash of it) stable for a day, so the 304 path is exercised.
 */
export const DEMO_ANCHOR = new Date("2025-06-02T00:00:00Z");
export const DEMO_FEEDS_DIR = path.join(process.cwd(), "public", "demo-feeds");

const DAY_MS = 86_400_000;
const DEMO_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})\b/g;
const RFC822_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|UT|[+-]\d{4})/g;
const EPOCH_MS_FIELD = /("createdAt"\s*:\s*)(\d{13})/g;

export type DemoReadResult =
  | { status: "not_modified" }
  | { status: "ok"; body: string; etag: string; lastModified: string; finalUrl: string; bytes: number };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function shiftIso(match: string, stamp: string, zone: string, shiftMs: number): string {
  const date = new Date(stamp + (zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone));
  if (Number.isNaN(date.getTime())) return match;
  const shifted = new Date(date.getTime() + shiftMs);
  if (zone === "Z") return shifted.toISOString().replace(/\.000Z$/, "Z");
  // Keep the original offset so the text still reads like the source wrote it.
  const sign = zone[0] === "-" ? -1 : 1;
  const offsetMs = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000;
  const local = new Date(shifted.getTime() + offsetMs);
  const body = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return body + zone;
}

/** Moves every date in a demo body forward by `shiftMs` (ISO 8601, RFC 822, Lever epoch ms). */
export function shiftDemoDates(body: string, shiftMs: number): string {
  if (shiftMs === 0) return body;
  return body
    .replace(ISO_DATE, (match, stamp: string, zone: string) => shiftIso(match, stamp, zone, shiftMs))
    .replace(RFC822_DATE, (match) => new Date(new Date(match).getTime() + shiftMs).toUTCString())
    .replace(EPOCH_MS_FIELD, (_m, prefix: string, ms: string) => `${prefix}${Number(ms) + shiftMs}`);
}

export function demoShiftMs(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - DEMO_ANCHOR.getTime()) / DAY_MS)) * DAY_MS;
}

export async function readDemoFeed(url: string, options: { etag?: string | null; now?: Date; dir?: string }): Promise<DemoReadResult> {
  const file = url.slice("demo://".length);
  if (!DEMO_FILE.test(file) || file.includes("..")) throw new FetchFeedError("bad_url", url, `invalid demo feed name "${file}"`);
  let original: string;
  try {
    original = await readFile(path.join(options.dir ?? DEMO_FEEDS_DIR, file), "utf8");
  } catch (error) {
    throw new FetchFeedError("http_error", url, `demo feed "${file}" not found`, { status: 404, cause: error });
  }
  const shiftMs = demoShiftMs(options.now ?? new Date());
  const body = shiftDemoDates(original, shiftMs);
  const etag = `"demo-${createHash("sha1").update(body).digest("hex").slice(0, 20)}"`;
  if (options.etag && options.etag === etag) return { status: "not_modified" };
  const lastModified = new Date(DEMO_ANCHOR.getTime() + shiftMs).toUTCString();
  return { status: "ok", body, etag, lastModified, finalUrl: url, bytes: Buffer.byteLength(body) };
}
