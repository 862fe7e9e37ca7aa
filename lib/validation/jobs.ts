import { z } from "zod";
import { SOURCE_KINDS } from "@/lib/jobs/sources";
import { EMPLOYMENT_TYPES, SENIORITIES } from "@/lib/jobs/types";

/** Request schemas for /api/v1/jobs/*. Bodies are strict: an unknown field is a 422 that names it. */

const BOARD_TOKEN = /^[A-Za-z0-9_-]{1,100}$/;
const DEMO_URL = /^demo:\/\/[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" && !url.username && !url.password;
  } catch {
    return false;
  }
}

const sourceKind = z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(", ")}` });
const sourceName = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
const sourceUrl = z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters");

/** rss/atom take an http(s) URL; ATS kinds a board token or an http(s) URL; demo:// is for bundled demo rows only. */
export function sourceUrlProblem(kind: string, url: string, options: { allowDemo?: boolean } = {}): string | null {
  if (url.startsWith("demo://")) return options.allowDemo && DEMO_URL.test(url) ? null : "demo:// URLs are reserved for the bundled demo sources";
  if (isHttpUrl(url)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return "must be an http:// or https:// URL";
  if (kind === "rss" || kind === "atom") return `must be an http(s) feed URL for ${kind} sources`;
  return BOARD_TOKEN.test(url) ? null : `must be a ${kind} board token (letters, digits, _ and -) or an http(s) URL`;
}

// POST /api/v1/jobs/sources
export const createSourceBodySchema = z
  .object({ name: sourceName, kind: sourceKind, url: sourceUrl, enabled: z.boolean().optional() })
  .strict()
  .superRefine((body, ctx) => {
    const problem = sourceUrlProblem(body.kind, body.url);
    if (problem) ctx.addIssue({ code: "custom", path: ["url"], message: problem });
  });
export type CreateSourceBody = z.infer<typeof createSourceBodySchema>;

// PATCH /api/v1/jobs/sources/{id}: the URL is checked against the (new or stored) kind by the caller.
export const updateSourceBodySchema = z
  .object({ name: sourceName, kind: sourceKind, url: sourceUrl, enabled: z.boolean() })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "send at least one of name, kind, url, enabled" });
export type UpdateSourceBody = z.infer<typeof updateSourceBodySchema>;

export const sourceIdSchema = z.coerce
  .number({ error: "must be a positive integer" })
  .int("must be a positive integer")
  .positive("must be a positive integer")
  .max(2_147_483_647, "is too large");

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const booleanParam = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");

// GET /api/v1/jobs
export const listJobsQuerySchema = z.object({
  limit: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1).max(100).default(20),
  offset: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(0).max(1_000_000).default(0),
  q: z.string().trim().max(200, "must be at most 200 characters").optional().transform((v) => v || undefined),
  remote: booleanParam.optional(),
  job_type: z.enum(EMPLOYMENT_TYPES, { error: `must be one of ${EMPLOYMENT_TYPES.join(", ")}` }).optional(),
  seniority: z.enum(SENIORITIES, { error: `must be one of ${SENIORITIES.join(", ")}` }).optional(),
  since: z
    .string()
    .refine((v) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)), { message: "must be an ISO 8601 date or date-time" })
    .transform((v) => new Date(v))
    .optional(),
  status: z.enum(["open", "closed", "all"], { error: "must be open, closed or all" }).default("open"),
});
export type ListJobsQueryInput = z.infer<typeof listJobsQuerySchema>;

// POST /api/v1/jobs/refresh
export const refreshQuerySchema = z.object({
  source_id: sourceIdSchema.optional(),
  force: booleanParam.optional(),
});

export const jobIdSchema = sourceIdSchema;
