import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { type Env, getEnv } from "@/lib/env";
import { ApiError } from "@/lib/errors";

/**
 * Per-user and per-IP request limits for the expensive endpoints (resume
 * parsing and manual scoring), with rate-limiter-flexible.
 *
 * The buckets live in this process's memory: right for one Node process (the
 * embedded mode and a single `npm start`). Several instances behind a load
 * balancer each count separately, so the effective limit is N × the setting;
 * swap in RateLimiterPostgres (same API) if that matters.
 */
export type RateLimitKind = "resume" | "score";

const LIMITS: Record<RateLimitKind, { user: keyof Env; ip: keyof Env; message: string }> = {
  resume: {
    user: "RATE_LIMIT_RESUME_PER_USER",
    ip: "RATE_LIMIT_RESUME_PER_IP",
    message: "Too many resume uploads in a short time.",
  },
  score: {
    user: "RATE_LIMIT_SCORE_PER_USER",
    ip: "RATE_LIMIT_SCORE_PER_IP",
    message: "Too many scoring requests in a short time.",
  },
};

const store = globalThis as unknown as { __jobmatchLimiters?: Map<string, RateLimiterMemory> };

/** One limiter per (name, points, window); a changed setting (tests) gets a fresh one. */
export function getLimiter(name: string, points: number, durationSeconds: number): RateLimiterMemory {
  store.__jobmatchLimiters ??= new Map();
  const id = `${name}:${points}:${durationSeconds}`;
  let limiter = store.__jobmatchLimiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
    store.__jobmatchLimiters.set(id, limiter);
  }
  return limiter;
}

/** Forget every bucket (tests). */
export function resetRateLimits() {
  store.__jobmatchLimiters = undefined;
}

/**
 * The client address: the first hop of X-Forwarded-For, else X-Real-IP.
 * Trust it only behind a proxy that sets these headers; it is a limiter key,
 * never an identity.
 */
export function clientIp(req: Request): string {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || req.headers.get("x-real-ip")?.trim();
  return ip && ip.length <= 100 ? ip : "unknown";
}

export function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

/** Who is asking, for the limits: admins (an admin's session or API key) are a class of their own. */
export type RateLimitSubject = { userId: string; ip: string; isAdmin?: boolean };

/**
 * Count one request against the caller's buckets; throws 429 with
 * Retry-After when one is empty.
 *  - Students (and anyone not an admin): the user's bucket and the client
 *    IP's bucket, RATE_LIMIT_<KIND>_PER_USER / _PER_IP a minute. An unknown
 *    IP (no proxy headers) skips the IP bucket rather than lumping every
 *    client into one.
 *  - Admins: one bucket per admin and kind, RATE_LIMIT_ADMIN_PER_MINUTE
 *    (default 600); no IP bucket, so an operator loading a cohort's resumes
 *    from one office is not throttled like an abuser, yet a leaked admin key
 *    still has a ceiling.
 */
export async function enforceRateLimit(kind: RateLimitKind, { userId, ip, isAdmin = false }: RateLimitSubject) {
  const env = getEnv();
  const config = LIMITS[kind];
  const checks: Array<[RateLimiterMemory, string]> = [];
  if (isAdmin) {
    if (env.RATE_LIMIT_ADMIN_PER_MINUTE > 0) checks.push([getLimiter(`${kind}-admin`, env.RATE_LIMIT_ADMIN_PER_MINUTE, 60), userId]);
  } else {
    const perUser = env[config.user] as number;
    const perIp = env[config.ip] as number;
    if (perUser > 0) checks.push([getLimiter(`${kind}-user`, perUser, 60), userId]);
    if (perIp > 0 && ip !== "unknown") checks.push([getLimiter(`${kind}-ip`, perIp, 60), ip]);
  }
  for (const [limiter, key] of checks) {
    const rejected = await consume(limiter, key);
    if (rejected) {
      const seconds = retryAfterSeconds(rejected);
      throw new ApiError("rate_limited", `${config.message} Try again in ${seconds} s.`, undefined, {
        "Retry-After": String(seconds),
      });
    }
  }
}

/** The limits' view of an API caller and its request. */
export function rateLimitSubject(caller: { userId: string; isAdmin: boolean }, req: Request): RateLimitSubject {
  return { userId: caller.userId, ip: clientIp(req), isAdmin: caller.isAdmin };
}
