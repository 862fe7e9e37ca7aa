import { z } from "zod";

/**
 * One schema over process.env, parsed once on first use (never at import, so
 * `next build` and tests can set variables before anything reads them).
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());
const bool = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(["1", "0", "true", "false", "yes", "no", "on", "off"], {
        error: "must be true/false (or 1/0)",
      })
      .optional()
      .transform((v) => (v === undefined ? fallback : ["1", "true", "yes", "on"].includes(v))),
  );
const int = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const num = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().min(min).max(max).default(fallback));

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    APP_URL: z.preprocess(emptyToUndefined, z.url().optional()),
    PORT: int(3000, 1, 65535),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
    LOG_LEVEL: z.preprocess(
      (v) => (typeof v === "string" ? v.toLowerCase() : v),
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),

    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),

    OPENAI_API_KEY: optionalString,
    /** Older deployments call it OPENAPI_KEY; accepted as an alias. */
    OPENAPI_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_MODEL: z.preprocess(emptyToUndefined, z.string().default("gpt-4o-mini")),
    OPENAI_MAX_TOKENS: int(1000, 16, 128_000),
    OPENAI_TIMEOUT_MS: int(30_000, 1000, 600_000),
    OPENAI_MAX_RETRIES: int(1, 0, 10),

    RESEND_API_KEY: optionalString,
    RESEND_BASE_URL: optionalUrl,
    RESEND_WEBHOOK_SECRET: optionalString,
    EMAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("JobMatch <digest@jobmatch.local>")),

    ADMIN_EMAILS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default("")
        .transform((s) =>
          s
            .split(",")
            .map((e) => e.trim().toLowerCase())
            .filter(Boolean),
        ),
    ),
    /** 32 bytes as 64 hex chars or base64; generated into DATA_DIR in embedded mode when unset. */
    ENCRYPTION_KEY: optionalString,
    BETTER_AUTH_SECRET: optionalString,

    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    INNGEST_DEV: bool(false),
    /** Run the in-process schedule when Inngest is not configured (off in tests). */
    SCHEDULER_ENABLED: bool(true),

    MAX_UPLOAD_MB: num(5, 0.1, 50),
    AI_DAILY_BUDGET_USD: num(5, 0, 100_000),
    AI_USER_DAILY_BUDGET_USD: num(0.05, 0, 1000),
    /** Daily AI refinement: sync (chat completions) or batch (OpenAI Batch API, half price, falls back to sync at the digest). */
    AI_REFINE_MODE: z.preprocess(emptyToUndefined, z.enum(["sync", "batch"]).default("sync")),
    /** Hours before a student's digest hour that their daily refinement runs (batch mode wants 2 or more). */
    AI_REFINE_LEAD_HOURS: int(1, 1, 12),
    /** Jobs the model judges per student per day (best rules scores first); 0 turns the daily pass off. */
    AI_REFINE_DAILY_CAP: int(20, 0, 500),
    /** Job tokens packed into one call (the rubric and profile come on top). */
    AI_REFINE_CALL_TOKENS: int(12_000, 500, 100_000),
    ALLOW_PRIVATE_SOURCE_URLS: bool(false),
    /** The bundled demo feeds: auto = enabled in embedded mode, added but disabled on Postgres; on; off. */
    DEMO_SOURCES: z.preprocess(emptyToUndefined, z.enum(["auto", "on", "off"]).default("auto")),
    // Retention for the weekly cleanup, in days.
    RETENTION_SCORES_DAYS: int(30, 1, 3650),
    RETENTION_CLOSED_JOBS_DAYS: int(60, 1, 3650),
    RETENTION_DIGESTS_DAYS: int(180, 1, 3650),
    RETENTION_OUTBOX_DAYS: int(30, 1, 3650),
    RETENTION_AI_CALLS_DAYS: int(90, 1, 3650),
    /** Sign-in and sign-up attempts per minute per client IP (0 turns the limit off). */
    AUTH_RATE_LIMIT_PER_MINUTE: int(10, 0, 100_000),
    /** Failed sign-ins per account email per 15 minutes before sign-in for it is paused (0 = off). */
    RATE_LIMIT_SIGN_IN_PER_EMAIL: int(10, 0, 100_000),
    /** Resume upload + paste (one shared bucket, both run the parser) per minute, per user and per client IP (0 = off). */
    RATE_LIMIT_RESUME_PER_USER: int(10, 0, 100_000),
    RATE_LIMIT_RESUME_PER_IP: int(30, 0, 100_000),
    /** Manual "score jobs now" per minute, per user and per client IP (0 = off). */
    RATE_LIMIT_SCORE_PER_USER: int(6, 0, 100_000),
    RATE_LIMIT_SCORE_PER_IP: int(20, 0, 100_000),
    /**
     * Resume uploads/pastes and manual scoring per minute for admins (an admin's session or API key), per
     * admin; the per-IP limits do not apply to them. An operator loading a cohort's resumes is not an abuser (0 = off).
     */
    RATE_LIMIT_ADMIN_PER_MINUTE: int(600, 0, 1_000_000),
    /** How long a verified session or API key is remembered in this process (ms; 0 = off). See lib/auth-cache.ts. */
    AUTH_CACHE_MS: int(5000, 0, 60_000),
    /** PostgreSQL connections per app process (postgres.js pool size). */
    DATABASE_POOL_MAX: int(10, 1, 200),
    /** Idle expiry: a session unused this long ends (sliding, refreshed at most daily). */
    SESSION_IDLE_DAYS: num(7, 0.01, 365),
    /** Absolute expiry: no session lives longer than this since sign-in, however active. */
    SESSION_MAX_DAYS: num(30, 0.01, 3650),
  })
  .transform((e) => ({
    ...e,
    OPENAI_API_KEY: e.OPENAI_API_KEY ?? e.OPENAPI_KEY,
    APP_URL: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
  }));

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The parsed environment. Throws one readable error listing every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}

export type Modes = {
  database: "pglite" | "postgres";
  ai: "local" | "openai";
  email: "outbox" | "resend";
  scheduler: "in-process" | "inngest";
};

export function getModes(env: Env = getEnv()): Modes {
  return {
    database: env.DATABASE_URL ? "postgres" : "pglite",
    ai: env.OPENAI_API_KEY ? "openai" : "local",
    email: env.RESEND_API_KEY ? "resend" : "outbox",
    scheduler: env.INNGEST_SIGNING_KEY || env.INNGEST_EVENT_KEY || env.INNGEST_DEV ? "inngest" : "in-process",
  };
}
