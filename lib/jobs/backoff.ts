export interface NextFetchOptions {
  now: Date;
  consecutiveFailures: number;
  baseIntervalMinutes?: number;
  maxIntervalMinutes?: number;
  /** ±fraction of random spread so sources that failed together do not retry together; 0 disables. */
  jitter?: number;
  random?: () => number;
}

/**
 * When to fetch a source next: the base interval when healthy, doubling per
 * consecutive failure up to the cap (24 h by default).
 */
export function nextFetchAt({
  now,
  consecutiveFailures,
  baseIntervalMinutes = 60,
  maxIntervalMinutes = 24 * 60,
  jitter = 0.1,
  random = Math.random,
}: NextFetchOptions): Date {
  const failures = Math.max(0, Math.floor(consecutiveFailures));
  const minutes = Math.min(maxIntervalMinutes, baseIntervalMinutes * 2 ** Math.min(failures, 30));
  const spread = jitter > 0 ? 1 + jitter * (2 * random() - 1) : 1;
  return new Date(now.getTime() + Math.round(minutes * spread * 60_000));
}
