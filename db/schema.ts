import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import type { EducationEntry, ExperienceEntry } from "@/lib/profile/schema";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const stringArray = (name: string) => jsonb(name).$type<string[]>().notNull().default([]);

/* ───────────────────────── Auth (better-auth's documented schema) ───────────────────────── */

export const authUsers = pgTable("auth_users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  // admin plugin
  role: text("role").notNull().default("student"),
  banned: boolean("banned").default(false),
  banReason: text("ban_reason"),
  banExpires: timestamp("ban_expires", { withTimezone: true }),
});
export type AuthUser = typeof authUsers.$inferSelect;

export const authSessions = pgTable(
  "auth_sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    impersonatedBy: text("impersonated_by"),
  },
  (t) => [index("auth_sessions_user_id_idx").on(t.userId)],
);

export const authAccounts = pgTable(
  "auth_accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("auth_accounts_user_id_idx").on(t.userId)],
);

export const authVerifications = pgTable(
  "auth_verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("auth_verifications_identifier_idx").on(t.identifier)],
);

/** API keys (@better-auth/api-key): only a SHA-256 hash of the key is stored. */
export const authApiKeys = pgTable(
  "auth_api_keys",
  {
    id: text("id").primaryKey(),
    configId: text("config_id").notNull().default("default"),
    name: text("name"),
    start: text("start"),
    referenceId: text("reference_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    prefix: text("prefix"),
    key: text("key").notNull(),
    refillInterval: integer("refill_interval"),
    refillAmount: integer("refill_amount"),
    lastRefillAt: timestamp("last_refill_at", { withTimezone: true }),
    enabled: boolean("enabled").default(true),
    rateLimitEnabled: boolean("rate_limit_enabled").default(false),
    rateLimitTimeWindow: integer("rate_limit_time_window"),
    rateLimitMax: integer("rate_limit_max"),
    requestCount: integer("request_count").default(0),
    remaining: integer("remaining"),
    lastRequest: timestamp("last_request", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    permissions: text("permissions"),
    metadata: text("metadata"),
  },
  (t) => [
    uniqueIndex("auth_api_keys_key_idx").on(t.key),
    index("auth_api_keys_reference_id_idx").on(t.referenceId),
    index("auth_api_keys_config_id_idx").on(t.configId),
  ],
);

/* ───────────────────────── The original design's tables ───────────────────────── */

/**
 * user_profiles — every column of the original design, same names and defaults.
 * `user_id` is the account id for students; admins may create profiles for
 * arbitrary ids (no login), so it is deliberately not a foreign key to auth_users.
 * `email` and `phone` hold AES-256-GCM ciphertext (lib/crypto), hence the width.
 */
export const userProfiles = pgTable(
  "user_profiles",
  {
    id: serial("id").primaryKey(),
    user_id: varchar("user_id", { length: 100 }).notNull().unique(),

    // Personal information
    full_name: varchar("full_name", { length: 255 }),
    email: varchar("email", { length: 1024 }),
    phone: varchar("phone", { length: 512 }),
    location: varchar("location", { length: 255 }),
    work_authorization: varchar("work_authorization", { length: 100 }),

    // Professional summary
    years_of_experience: doublePrecision("years_of_experience").default(0.0),
    career_level: varchar("career_level", { length: 50 }),
    professional_summary: text("professional_summary"),

    // Skills
    programming_languages: stringArray("programming_languages"),
    frameworks_libraries: stringArray("frameworks_libraries"),
    tools_platforms: stringArray("tools_platforms"),
    soft_skills: stringArray("soft_skills"),

    // Experience
    job_titles: stringArray("job_titles"),
    companies: stringArray("companies"),
    industries: stringArray("industries"),
    experience_descriptions: stringArray("experience_descriptions"),

    // Education
    degrees: stringArray("degrees"),
    institutions: stringArray("institutions"),
    graduation_years: jsonb("graduation_years").$type<number[]>().notNull().default([]),
    relevant_coursework: stringArray("relevant_coursework"),

    // Preferences
    desired_roles: stringArray("desired_roles"),
    preferred_locations: stringArray("preferred_locations"),
    salary_range_min: integer("salary_range_min"),
    salary_range_max: integer("salary_range_max"),
    job_types: stringArray("job_types"),
    company_size_preference: stringArray("company_size_preference"),

    // AI insights
    ai_profile_summary: text("ai_profile_summary"),
    ai_strengths: stringArray("ai_strengths"),
    ai_improvement_areas: stringArray("ai_improvement_areas"),
    ai_career_advice: text("ai_career_advice"),

    // Metadata
    created_at: createdAt(),
    updated_at: updatedAt(),
    last_resume_upload: timestamp("last_resume_upload", { withTimezone: true }),

    // ── Beyond the original design ──
    links: stringArray("links"),
    needs_sponsorship: boolean("needs_sponsorship"),
    domain_skills: stringArray("domain_skills"),
    experience_entries: jsonb("experience_entries").$type<ExperienceEntry[]>().notNull().default([]),
    education_entries: jsonb("education_entries").$type<EducationEntry[]>().notNull().default([]),
    preferred_industries: stringArray("preferred_industries"),
    remote_preference: varchar("remote_preference", { length: 20 }),
    /** Companies and titles the student turned down ("not interested" feedback). */
    rejected_companies: stringArray("rejected_companies"),
    rejected_title_terms: stringArray("rejected_title_terms"),
    /** Profile fields the student edited by hand; a re-parse leaves them alone. */
    edited_fields: stringArray("edited_fields"),
    /** SHA-256 of the last parsed resume text (the text itself is never stored). */
    resume_text_hash: varchar("resume_text_hash", { length: 64 }),
    parse_method: varchar("parse_method", { length: 20 }),
    parse_model: varchar("parse_model", { length: 100 }),
    // Digest settings
    timezone: varchar("timezone", { length: 64 }).notNull().default("UTC"),
    digest_enabled: boolean("digest_enabled").notNull().default(true),
    digest_hour: integer("digest_hour").notNull().default(7),
    digest_frequency: varchar("digest_frequency", { length: 10 }).notNull().default("daily"),
    min_score_threshold: doublePrecision("min_score_threshold").notNull().default(60),
    /** active | unsubscribed | bounced | complained */
    email_status: varchar("email_status", { length: 20 }).notNull().default("active"),
  },
  (t) => [index("user_profiles_created_at_idx").on(t.created_at)],
);
export type UserProfile = typeof userProfiles.$inferSelect;
export type NewUserProfile = typeof userProfiles.$inferInsert;

/* ───────────────────────── Jobs ───────────────────────── */

export const jobSources = pgTable(
  "job_sources",
  {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 200 }).notNull(),
    /** rss | atom | greenhouse | lever | ashby */
    kind: varchar("kind", { length: 20 }).notNull(),
    /** Feed URL, or the board token for ATS kinds, or demo://file for bundled feeds. */
    url: text("url").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    is_demo: boolean("is_demo").notNull().default(false),
    etag: text("etag"),
    last_modified: text("last_modified"),
    last_fetched_at: timestamp("last_fetched_at", { withTimezone: true }),
    /** ok | not_modified | error */
    last_status: varchar("last_status", { length: 20 }),
    last_http_status: integer("last_http_status"),
    items_seen: integer("items_seen").notNull().default(0),
    consecutive_failures: integer("consecutive_failures").notNull().default(0),
    last_error: text("last_error"),
    next_fetch_at: timestamp("next_fetch_at", { withTimezone: true }),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [uniqueIndex("job_sources_kind_url_idx").on(t.kind, t.url)],
);
export type JobSource = typeof jobSources.$inferSelect;

export const jobListings = pgTable(
  "job_listings",
  {
    id: serial("id").primaryKey(),
    /** Normalised company + title + location: one row per real job. */
    dedupe_key: varchar("dedupe_key", { length: 400 }).notNull(),
    source_id: integer("source_id").references(() => jobSources.id, { onDelete: "set null" }),
    external_id: varchar("external_id", { length: 255 }),
    title: varchar("title", { length: 300 }).notNull(),
    company: varchar("company", { length: 200 }),
    location: varchar("location", { length: 300 }),
    city: varchar("city", { length: 120 }),
    region: varchar("region", { length: 120 }),
    country: varchar("country", { length: 2 }),
    /** remote | hybrid | onsite */
    remote_type: varchar("remote_type", { length: 10 }),
    remote_regions: stringArray("remote_regions"),
    remote_worldwide: boolean("remote_worldwide").notNull().default(false),
    description: text("description").notNull().default(""),
    url: text("url"),
    /** Every URL this job was seen at, across sources. */
    source_urls: stringArray("source_urls"),
    employment_type: varchar("employment_type", { length: 20 }),
    seniority: varchar("seniority", { length: 20 }),
    min_years_experience: doublePrecision("min_years_experience"),
    salary_min: doublePrecision("salary_min"),
    salary_max: doublePrecision("salary_max"),
    salary_currency: varchar("salary_currency", { length: 3 }),
    salary_period: varchar("salary_period", { length: 10 }),
    salary_annual_min: doublePrecision("salary_annual_min"),
    salary_annual_max: doublePrecision("salary_annual_max"),
    required_skills: stringArray("required_skills"),
    preferred_skills: stringArray("preferred_skills"),
    tags: stringArray("tags"),
    /** yes | no | null (unknown) */
    sponsorship: varchar("sponsorship", { length: 5 }),
    requires_citizenship: boolean("requires_citizenship").notNull().default(false),
    requires_security_clearance: boolean("requires_security_clearance").notNull().default(false),
    field: varchar("field", { length: 30 }),
    company_size: varchar("company_size", { length: 20 }),
    industry: varchar("industry", { length: 60 }),
    posted_at: timestamp("posted_at", { withTimezone: true }),
    /** When this job first arrived (and when it last changed materially). */
    fetched_at: timestamp("fetched_at", { withTimezone: true }).notNull().defaultNow(),
    first_seen_at: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    last_seen_at: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** open | closed */
    status: varchar("status", { length: 10 }).notNull().default("open"),
    closed_at: timestamp("closed_at", { withTimezone: true }),
    content_hash: varchar("content_hash", { length: 64 }),
    text_fingerprint: varchar("text_fingerprint", { length: 16 }),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex("job_listings_dedupe_key_idx").on(t.dedupe_key),
    index("job_listings_fetched_at_idx").on(t.fetched_at.desc()),
    index("job_listings_status_fetched_idx").on(t.status, t.fetched_at.desc()),
    index("job_listings_company_idx").on(t.company),
  ],
);
export type JobListing = typeof jobListings.$inferSelect;
export type NewJobListing = typeof jobListings.$inferInsert;

/** job_scores — the original design's columns, plus the method and feedback detail. */
export const jobScores = pgTable(
  "job_scores",
  {
    id: serial("id").primaryKey(),
    user_id: varchar("user_id", { length: 100 })
      .notNull()
      .references(() => userProfiles.user_id, { onDelete: "cascade" }),
    job_id: integer("job_id")
      .notNull()
      .references(() => jobListings.id, { onDelete: "cascade" }),

    // Scoring
    compatibility_score: doublePrecision("compatibility_score").notNull(),
    confidence_score: doublePrecision("confidence_score").default(0.0),

    // AI reasoning
    ai_reasoning: text("ai_reasoning"),
    match_factors: stringArray("match_factors"),
    mismatch_factors: stringArray("mismatch_factors"),

    // Detailed breakdown
    skills_match_score: doublePrecision("skills_match_score").default(0.0),
    location_match_score: doublePrecision("location_match_score").default(0.0),
    experience_match_score: doublePrecision("experience_match_score").default(0.0),
    salary_match_score: doublePrecision("salary_match_score").default(0.0),
    culture_match_score: doublePrecision("culture_match_score").default(0.0),

    // User actions
    user_interested: boolean("user_interested"),
    user_applied: boolean("user_applied").default(false),
    user_feedback: varchar("user_feedback", { length: 20 }),

    // Metadata
    scored_at: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
    score_version: varchar("score_version", { length: 10 }).default("1.0"),

    // ── Beyond the original design ──
    /** rules | ai | rules_fallback (AI failed or over budget) */
    scoring_method: varchar("scoring_method", { length: 20 }).notNull().default("rules"),
    rules_score: doublePrecision("rules_score"),
    ai_score: doublePrecision("ai_score"),
    /** too_senior | wrong_location | not_my_field | salary | company | other */
    feedback_reason: varchar("feedback_reason", { length: 30 }),
    feedback_at: timestamp("feedback_at", { withTimezone: true }),
    hidden: boolean("hidden").notNull().default(false),
    clicked_at: timestamp("clicked_at", { withTimezone: true }),
    digest_sent_at: timestamp("digest_sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("job_scores_user_job_idx").on(t.user_id, t.job_id),
    index("job_scores_user_score_idx").on(t.user_id, t.compatibility_score.desc()),
    index("job_scores_job_idx").on(t.job_id),
    index("job_scores_scored_at_idx").on(t.scored_at),
  ],
);
export type JobScore = typeof jobScores.$inferSelect;
export type NewJobScore = typeof jobScores.$inferInsert;

/* ───────────────────────── Digests and email ───────────────────────── */

export type DigestJob = {
  job_id: number;
  title: string;
  company: string | null;
  location: string | null;
  salary: string | null;
  score: number;
  reasons: string[];
  url: string;
};

export const dailyDigests = pgTable(
  "daily_digests",
  {
    id: serial("id").primaryKey(),
    user_id: varchar("user_id", { length: 100 })
      .notNull()
      .references(() => userProfiles.user_id, { onDelete: "cascade" }),
    digest_date: date("digest_date").notNull(),

    // Content
    digest_title: varchar("digest_title", { length: 255 }),
    digest_summary: text("digest_summary"),
    digest_html: text("digest_html"),

    // Job data
    top_jobs: jsonb("top_jobs").$type<DigestJob[]>().notNull().default([]),
    total_new_jobs: integer("total_new_jobs").default(0),
    total_matches: integer("total_matches").default(0),

    // Market insights
    market_trends: jsonb("market_trends").$type<Record<string, unknown>>(),
    skill_recommendations: jsonb("skill_recommendations").$type<Array<Record<string, unknown>>>(),

    // Delivery status
    email_sent: boolean("email_sent").default(false),
    email_sent_at: timestamp("email_sent_at", { withTimezone: true }),
    email_opened: boolean("email_opened").default(false),
    email_clicked: boolean("email_clicked").default(false),

    // User engagement
    user_viewed: boolean("user_viewed").default(false),
    user_viewed_at: timestamp("user_viewed_at", { withTimezone: true }),
    jobs_clicked: jsonb("jobs_clicked").$type<number[]>().notNull().default([]),

    // Metadata
    created_at: createdAt(),
    generation_time_seconds: doublePrecision("generation_time_seconds"),

    // ── Beyond the original design ──
    digest_text: text("digest_text"),
    email_opened_at: timestamp("email_opened_at", { withTimezone: true }),
    /** built | sent | skipped | failed */
    status: varchar("status", { length: 20 }).notNull().default("built"),
  },
  (t) => [
    uniqueIndex("daily_digests_user_date_idx").on(t.user_id, t.digest_date),
    index("daily_digests_created_at_idx").on(t.created_at),
  ],
);
export type DailyDigest = typeof dailyDigests.$inferSelect;

/** Every message rendered: the outbox in embedded mode, a copy of what Resend sent otherwise. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: serial("id").primaryKey(),
    user_id: varchar("user_id", { length: 100 }),
    /** digest | alert | other */
    kind: varchar("kind", { length: 20 }).notNull(),
    idempotency_key: varchar("idempotency_key", { length: 200 }).notNull(),
    to_address: text("to_address").notNull(),
    from_address: text("from_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    /** outbox | resend */
    provider: varchar("provider", { length: 20 }).notNull(),
    provider_message_id: text("provider_message_id"),
    /** queued | sent | failed | delivered | bounced | complained */
    status: varchar("status", { length: 20 }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    created_at: createdAt(),
    sent_at: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("email_outbox_idempotency_key_idx").on(t.idempotency_key),
    index("email_outbox_created_at_idx").on(t.created_at),
    index("email_outbox_user_idx").on(t.user_id),
  ],
);
export type EmailOutboxMessage = typeof emailOutbox.$inferSelect;

/* ───────────────────────── Operations ───────────────────────── */

/**
 * The model's judgement of one (profile version, job version) pair: re-scoring
 * the same pair costs nothing. Keyed by hashes, so an edited profile or a
 * changed posting is judged afresh.
 */
export const aiScoreCache = pgTable(
  "ai_score_cache",
  {
    id: serial("id").primaryKey(),
    /** Whose profile this judged: deleted with the account. */
    user_id: varchar("user_id", { length: 100 }),
    profile_hash: varchar("profile_hash", { length: 64 }).notNull(),
    job_hash: varchar("job_hash", { length: 64 }).notNull(),
    model: varchar("model", { length: 100 }).notNull(),
    score: doublePrecision("score").notNull(),
    reasoning: text("reasoning"),
    match_factors: stringArray("match_factors"),
    mismatch_factors: stringArray("mismatch_factors"),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex("ai_score_cache_pair_idx").on(t.profile_hash, t.job_hash, t.model),
    index("ai_score_cache_user_idx").on(t.user_id),
    index("ai_score_cache_created_at_idx").on(t.created_at),
  ],
);
export type AiScoreCacheRow = typeof aiScoreCache.$inferSelect;

/** One row per model call: the cost ledger and the latency metrics. */
export const aiCalls = pgTable(
  "ai_calls",
  {
    id: serial("id").primaryKey(),
    user_id: varchar("user_id", { length: 100 }),
    /** parse_resume | score_jobs | digest_summary */
    operation: varchar("operation", { length: 40 }).notNull(),
    model: varchar("model", { length: 100 }).notNull(),
    tokens_in: integer("tokens_in").notNull().default(0),
    tokens_cached: integer("tokens_cached").notNull().default(0),
    tokens_out: integer("tokens_out").notNull().default(0),
    cost_usd: doublePrecision("cost_usd").notNull().default(0),
    latency_ms: integer("latency_ms").notNull().default(0),
    ok: boolean("ok").notNull(),
    error: text("error"),
    created_at: createdAt(),
  },
  (t) => [
    index("ai_calls_created_at_idx").on(t.created_at),
    index("ai_calls_user_created_idx").on(t.user_id, t.created_at),
  ],
);
export type AiCall = typeof aiCalls.$inferSelect;

export const pipelineRuns = pgTable(
  "pipeline_runs",
  {
    id: serial("id").primaryKey(),
    /** fetch | score | digest | cleanup */
    kind: varchar("kind", { length: 20 }).notNull(),
    /** cron | manual | cli | inngest | startup */
    trigger: varchar("trigger", { length: 20 }).notNull().default("cron"),
    /** running | ok | error | skipped */
    status: varchar("status", { length: 20 }).notNull().default("running"),
    started_at: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finished_at: timestamp("finished_at", { withTimezone: true }),
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default({}),
    error: text("error"),
  },
  (t) => [index("pipeline_runs_kind_started_idx").on(t.kind, t.started_at.desc())],
);
export type PipelineRun = typeof pipelineRuns.$inferSelect;

export const schemaTables = {
  authUsers,
  authSessions,
  authAccounts,
  authVerifications,
  authApiKeys,
  userProfiles,
  jobSources,
  jobListings,
  jobScores,
  dailyDigests,
  emailOutbox,
  aiCalls,
  aiScoreCache,
  pipelineRuns,
};

/**
 * One OpenAI Batch API submission of the daily refinement (AI_REFINE_MODE=batch).
 * `slot` (the UTC hour it was submitted for) is unique: a retried cron never
 * submits twice. `items` maps each request's custom_id to its student and
 * jobs. preparing → submitted → applying → applied; or failed / timed_out
 * (the students' rows stay pending and the synchronous path refines them).
 */
export const aiBatches = pgTable(
  "ai_batches",
  {
    id: serial("id").primaryKey(),
    slot: varchar("slot", { length: 20 }).notNull(),
    status: varchar("status", { length: 20 }).notNull().default("preparing"),
    openai_batch_id: varchar("openai_batch_id", { length: 100 }),
    input_file_id: varchar("input_file_id", { length: 100 }),
    output_file_id: varchar("output_file_id", { length: 100 }),
    /** custom_id → the student and jobs it judges, and `dupes`: identical students' same jobs (`of` = the judged job). */
    items: jsonb("items").$type<Record<string, { user_id: string; job_ids: number[]; dupes?: { user_id: string; job_id: number; of: number }[] }>>().notNull().default({}),
    request_count: integer("request_count").notNull().default(0),
    /** The earliest digest among its students: not applied by then → cancelled, synchronous path. */
    deadline_at: timestamp("deadline_at", { withTimezone: true }).notNull(),
    error: text("error"),
    created_at: createdAt(),
    completed_at: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("ai_batches_slot_idx").on(t.slot), index("ai_batches_status_idx").on(t.status)],
);
export type AiBatch = typeof aiBatches.$inferSelect;
