import { z } from "zod";

/** The Metrics page's time windows. */
export const METRIC_WINDOWS = ["24h", "7d", "30d"] as const;
export type MetricWindow = (typeof METRIC_WINDOWS)[number];
export const metricWindowSchema = z.enum(METRIC_WINDOWS).catch("7d");

export type Bucket = "hour" | "day";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type WindowRange = { window: MetricWindow; since: Date; until: Date; bucket: Bucket; keys: string[] };

/** "2026-03-01T14" (hour) or "2026-03-01" (day), UTC: the same keys the SQL produces. */
export function bucketKey(at: Date, bucket: Bucket): string {
  const iso = at.toISOString();
  return bucket === "hour" ? iso.slice(0, 13) : iso.slice(0, 10);
}

/**
 * A window ends now and reaches back 24 h / 7 d / 30 d. The 24-hour window is
 * bucketed by hour, the others by UTC day; `keys` lists every bucket, oldest
 * first, so series can be zero-filled.
 */
export function windowRange(window: MetricWindow, now: Date = new Date()): WindowRange {
  const span = window === "24h" ? DAY_MS : window === "7d" ? 7 * DAY_MS : 30 * DAY_MS;
  const bucket: Bucket = window === "24h" ? "hour" : "day";
  const since = new Date(now.getTime() - span);
  const step = bucket === "hour" ? HOUR_MS : DAY_MS;
  const keys: string[] = [];
  const first = bucket === "hour" ? Math.floor(since.getTime() / HOUR_MS) * HOUR_MS : Math.floor(since.getTime() / DAY_MS) * DAY_MS;
  for (let t = first; t <= now.getTime(); t += step) keys.push(bucketKey(new Date(t), bucket));
  return { window, since, until: now, bucket, keys };
}

/** One point per bucket key, missing buckets as zeros. */
export function zeroFill<T extends Record<string, number>>(keys: string[], rows: Array<{ bucket: string } & Partial<T>>, fields: (keyof T)[]): Array<{ bucket: string } & T> {
  const byKey = new Map(rows.map((r) => [r.bucket, r]));
  return keys.map((bucket) => {
    const row = byKey.get(bucket);
    const point = { bucket } as { bucket: string } & T;
    for (const f of fields) (point as Record<string, unknown>)[f as string] = Number(row?.[f] ?? 0);
    return point;
  });
}

/** a / b, or null when b is 0 (a rate with no denominator is "no data", not 0 %). */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
