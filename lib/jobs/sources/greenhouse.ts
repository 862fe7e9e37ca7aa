import { z } from "zod";
import type { JobPosting, StructuredSalary } from "../types";
import { parseJsonBody } from "./feed-parse-error";
import { checkShape, companyFromSlug, parseDateValue, type ParseOptions } from "./shared";

/** boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true (optionally &pay_transparency=true). */
const metadataSchema = z.object({
  name: z.string().nullish(),
  value: z.unknown(),
});
const payRangeSchema = z.object({
  min_cents: z.number().nullish(),
  max_cents: z.number().nullish(),
  currency_type: z.string().nullish(),
  title: z.string().nullish(),
});
const jobSchema = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  absolute_url: z.string().nullish(),
  company_name: z.string().nullish(),
  location: z.object({ name: z.string().nullish() }).nullish(),
  updated_at: z.string().nullish(),
  first_published: z.string().nullish(),
  content: z.string().nullish(),
  metadata: z.array(metadataSchema).nullish(),
  departments: z.array(z.object({ name: z.string() })).nullish(),
  offices: z.array(z.object({ name: z.string().nullish(), location: z.string().nullish() })).nullish(),
  pay_input_ranges: z.array(payRangeSchema).nullish(),
});
const boardSchema = z.object({ jobs: z.array(jobSchema) });

type GreenhouseJob = z.infer<typeof jobSchema>;

function metadataText(job: GreenhouseJob, pattern: RegExp): string | null {
  for (const entry of job.metadata ?? []) {
    if (!entry.name || !pattern.test(entry.name)) continue;
    const value = entry.value;
    if (typeof value === "string" && value.trim()) return value.trim();
    if (Array.isArray(value) && value.length) return value.map(String).join(", ");
    if (typeof value === "number") return String(value);
    if (value && typeof value === "object" && "amount" in value) {
      const money = value as { amount?: unknown; unit?: unknown };
      return `${money.amount ?? ""} ${money.unit ?? ""}`.trim();
    }
  }
  return null;
}

function payRange(job: GreenhouseJob): StructuredSalary | null {
  const range = job.pay_input_ranges?.[0];
  if (!range || (range.min_cents == null && range.max_cents == null)) return null;
  return {
    min: range.min_cents != null ? range.min_cents / 100 : null,
    max: range.max_cents != null ? range.max_cents / 100 : null,
    currency: range.currency_type ?? null,
    period: /hour/i.test(range.title ?? "") ? "hour" : "year",
  };
}

export function parseGreenhouse(body: string, options: ParseOptions = {}): JobPosting[] {
  const board = checkShape(boardSchema, parseJsonBody(body, "greenhouse"), "greenhouse", '{ jobs: [{ id, title, … }] }');
  return board.jobs.map((job) => ({
    externalId: String(job.id),
    title: job.title.trim(),
    company: job.company_name ?? options.companyName ?? companyFromSlug(job.absolute_url, /greenhouse\.io\/(?:embed\/job_app\?for=)?([^/?#]+)/),
    location: job.location?.name?.trim() || job.offices?.[0]?.location || null,
    url: job.absolute_url ?? null,
    // `content` is HTML-escaped HTML ("&lt;p&gt;"); normalize/html.ts undoes that.
    descriptionHtml: job.content ?? null,
    postedAt: parseDateValue(job.first_published) ?? parseDateValue(job.updated_at),
    employmentType: metadataText(job, /employment|job type|commitment|time type/i),
    salaryText: metadataText(job, /salary|compensation|pay range|pay/i),
    salary: payRange(job),
    tags: (job.departments ?? []).map((d) => d.name).filter(Boolean),
    remoteHint: metadataText(job, /remote|workplace|location type|work arrangement/i),
    closed: false,
    raw: { id: job.id, absolute_url: job.absolute_url },
  }));
}
