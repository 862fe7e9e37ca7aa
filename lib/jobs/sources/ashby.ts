import { z } from "zod";
import type { JobPosting, SalaryPeriod, StructuredSalary } from "../types";
import { parseJsonBody } from "./feed-parse-error";
import { checkShape, companyFromSlug, parseDateValue, plainToHtml, type ParseOptions } from "./shared";

/** api.ashbyhq.com/posting-api/job-board/{name}?includeCompensation=true */
const componentSchema = z.object({
  compensationType: z.string().nullish(),
  interval: z.string().nullish(),
  currencyCode: z.string().nullish(),
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
});
const jobSchema = z.object({
  id: z.string(),
  title: z.string(),
  department: z.string().nullish(),
  team: z.string().nullish(),
  employmentType: z.string().nullish(),
  location: z.string().nullish(),
  secondaryLocations: z.array(z.object({ location: z.string().nullish() })).nullish(),
  isListed: z.boolean().nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  publishedAt: z.string().nullish(),
  jobUrl: z.string().nullish(),
  applyUrl: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  compensation: z
    .object({
      compensationTierSummary: z.string().nullish(),
      scrapeableCompensationSalarySummary: z.string().nullish(),
      summaryComponents: z.array(componentSchema).nullish(),
    })
    .nullish(),
});
const boardSchema = z.object({ jobs: z.array(jobSchema), organizationName: z.string().nullish() });
type AshbyJob = z.infer<typeof jobSchema>;

const INTERVALS: Record<string, SalaryPeriod> = { "1 YEAR": "year", "1 MONTH": "month", "1 WEEK": "week", "1 DAY": "day", "1 HOUR": "hour" };

function salaryOf(job: AshbyJob): StructuredSalary | null {
  const component = job.compensation?.summaryComponents?.find((c) => c.compensationType === "Salary");
  if (!component || (component.minValue == null && component.maxValue == null)) return null;
  return {
    min: component.minValue ?? null,
    max: component.maxValue ?? null,
    currency: component.currencyCode ?? null,
    period: component.interval ? INTERVALS[component.interval.toUpperCase()] ?? null : null,
  };
}

function remoteHintOf(job: AshbyJob): string | null {
  if (job.workplaceType) return job.workplaceType; // "Remote" | "Hybrid" | "OnSite"
  return job.isRemote ? "remote" : null;
}

export function parseAshby(body: string, options: ParseOptions = {}): JobPosting[] {
  const board = checkShape(boardSchema, parseJsonBody(body, "ashby"), "ashby", "{ jobs: [{ id, title, … }] }");
  return board.jobs.map((job) => ({
    externalId: job.id,
    title: job.title.trim(),
    company: options.companyName ?? board.organizationName ?? companyFromSlug(job.jobUrl, /jobs\.ashbyhq\.com\/([^/?#]+)/),
    location: job.location?.trim() || job.secondaryLocations?.[0]?.location || null,
    url: job.jobUrl ?? job.applyUrl ?? null,
    descriptionHtml: job.descriptionHtml ?? (job.descriptionPlain ? plainToHtml(job.descriptionPlain) : null),
    postedAt: parseDateValue(job.publishedAt),
    employmentType: job.employmentType ?? null,
    salaryText: job.compensation?.scrapeableCompensationSalarySummary ?? job.compensation?.compensationTierSummary ?? null,
    salary: salaryOf(job),
    tags: [job.department, job.team].filter((t): t is string => Boolean(t)),
    remoteHint: remoteHintOf(job),
    // Unlisted jobs are still served to direct links but no longer advertised.
    closed: job.isListed === false,
    raw: { id: job.id, jobUrl: job.jobUrl },
  }));
}
