import { z } from "zod";
import { uniqueCaseInsensitive } from "@/lib/strings/unique-case-insensitive";
import { careerLevelSchema, companySizeSchema, educationEntrySchema, experienceEntrySchema, jobTypeSchema } from "@/lib/profile/schema";

/** Request schemas for /api/v1/profiles/*. Every object is strict: an unknown field is a 422 that names it. */

const text = (max: number) => z.string().trim().max(max);
/** Optional text; "" clears the field (stored as null). */
const nullableText = (max: number) =>
  text(max)
    .nullable()
    .transform((v) => (v ? v : null));

/** Trimmed, empty items dropped, de-duplicated case-insensitively (first spelling wins). */
const stringList = (maxItems = 50, maxLength = 120) =>
  z
    .array(text(maxLength))
    .max(maxItems)
    .transform(uniqueCaseInsensitive);

const enumList = <T extends z.ZodEnum>(schema: T) =>
  z
    .array(schema)
    .max(10)
    .transform((items) => [...new Set(items)]);

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const REMOTE_PREFERENCES = ["remote", "hybrid", "onsite", "any"] as const;
export const DIGEST_FREQUENCIES = ["daily", "weekly"] as const;

const salary = z.number().int().min(0).max(10_000_000).nullable();

const personalInfoSchema = z
  .object({
    full_name: nullableText(255),
    email: z.union([z.literal(""), z.email().max(254)]).nullable().transform((v) => (v ? v : null)),
    phone: nullableText(50),
    location: nullableText(255),
    work_authorization: nullableText(100),
    needs_sponsorship: z.boolean().nullable(),
    links: z.array(z.url({ protocol: /^https?$/ }).max(500)).max(10).transform(uniqueCaseInsensitive),
  })
  .partial()
  .strict();

const preferencesSchema = z
  .object({
    desired_roles: stringList(20),
    preferred_locations: stringList(20),
    salary_range: z
      .object({ min: salary.optional(), max: salary.optional() })
      .strict()
      .refine((r) => r.min == null || r.max == null || r.min <= r.max, { message: "min must not be greater than max" }),
    job_types: enumList(jobTypeSchema),
    company_size_preference: enumList(companySizeSchema),
    remote_preference: z.enum(REMOTE_PREFERENCES).nullable(),
    preferred_industries: stringList(20),
    timezone: z.string().trim().max(64).refine(isTimeZone, { message: "must be an IANA time zone such as Europe/Berlin" }),
    digest_enabled: z.boolean(),
    digest_hour: z.number().int().min(0).max(23),
    digest_frequency: z.enum(DIGEST_FREQUENCIES),
    min_score_threshold: z.number().min(0).max(100),
  })
  .partial()
  .strict();

const skillsSchema = z
  .object({
    programming_languages: stringList(),
    frameworks_libraries: stringList(),
    tools_platforms: stringList(),
    soft_skills: stringList(),
    domain_skills: stringList(),
  })
  .partial()
  .strict();

const experienceSchema = z
  .object({
    years_of_experience: z.number().min(0).max(60),
    career_level: careerLevelSchema.nullable(),
    job_titles: stringList(30),
    companies: stringList(30),
    industries: stringList(20),
    professional_summary: nullableText(5000),
    experience_entries: z.array(experienceEntrySchema.strict()).max(30),
  })
  .partial()
  .strict();

const educationSchema = z
  .object({
    degrees: stringList(10),
    institutions: stringList(10),
    graduation_years: z
      .array(z.number().int().min(1950).max(2100))
      .max(10)
      .transform((ys) => [...new Set(ys)]),
    relevant_coursework: stringList(60),
    education_entries: z.array(educationEntrySchema.strict()).max(10),
  })
  .partial()
  .strict();

// PUT /api/v1/profiles/profile/{user_id}: the original nested body, every group optional.
export const updateProfileBodySchema = z
  .object({
    personal_info: personalInfoSchema,
    preferences: preferencesSchema,
    skills: skillsSchema,
    experience: experienceSchema,
    education: educationSchema,
  })
  .partial()
  .strict();
export type UpdateProfileBody = z.infer<typeof updateProfileBodySchema>;

export const MAX_RESUME_TEXT_CHARS = 50_000;

/** Orders of the admin user list: newest first, name A–Z, latest resume upload, most matches. */
export const USER_SORTS = ["created", "name", "last_upload", "matches"] as const;
export type UserSort = (typeof USER_SORTS)[number];

// GET /api/v1/profiles/users
export const listUsersQuerySchema = z
  .object({
    skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
    // Over 100 is capped rather than refused, as the original design describes a cap.
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .default(100)
      .transform((n) => Math.min(n, 100)),
    q: z.string().trim().max(100).optional(),
    sort: z.enum(USER_SORTS).default("created"),
  });
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
