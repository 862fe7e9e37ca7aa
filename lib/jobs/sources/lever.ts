import { z } from "zod";
import type { JobPosting, SalaryPeriod, StructuredSalary } from "../types";
import { parseJsonBody } from "./feed-parse-error";
import { checkShape, companyFromSlug, parseDateValue, plainToHtml, type ParseOptions } from "./shared";

/** api.lever.co/v0/postings/{company}?mode=json — a bare array of postings. */
const postingSchema = z.object({
  id: z.string(),
  text: z.string(),
  categories: z
    .object({
      location: z.string().nullish(),
      commitment: z.string().nullish(),
      team: z.string().nullish(),
      department: z.string().nullish(),
      allLocations: z.array(z.string()).nullish(),
    })
    .nullish(),
  country: z.string().nullish(),
  createdAt: z.number().nullish(),
  hostedUrl: z.string().nullish(),
  applyUrl: z.string().nullish(),
  description: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  lists: z.array(z.object({ text: z.string().nullish(), content: z.string().nullish() })).nullish(),
  additional: z.string().nullish(),
  workplaceType: z.string().nullish(),
  salaryRange: z
    .object({ min: z.number().nullish(), max: z.number().nullish(), currency: z.string().nullish(), interval: z.string().nullish() })
    .nullish(),
  salaryDescriptionPlain: z.string().nullish(),
});
const postingsSchema = z.array(postingSchema);
type LeverPosting = z.infer<typeof postingSchema>;

const INTERVALS: Record<string, SalaryPeriod> = {
  "per-year-salary": "year",
  "per-month-salary": "month",
  "per-week-salary": "week",
  "per-day-wage": "day",
  "per-hour-wage": "hour",
};

function salaryOf(posting: LeverPosting): StructuredSalary | null {
  const range = posting.salaryRange;
  if (!range || (range.min == null && range.max == null)) return null;
  const period = range.interval ? INTERVALS[range.interval] ?? null : null;
  if (range.interval === "one-time") return null;
  return { min: range.min ?? null, max: range.max ?? null, currency: range.currency ?? null, period };
}

/** Lever splits a posting into an opening, titled lists and a closing; joined back as HTML. */
function descriptionOf(posting: LeverPosting): string | null {
  const parts: string[] = [];
  if (posting.description) parts.push(posting.description);
  else if (posting.descriptionPlain) parts.push(plainToHtml(posting.descriptionPlain));
  for (const list of posting.lists ?? []) {
    if (list.text) parts.push(`<h3>${list.text}</h3>`);
    if (list.content) parts.push(`<ul>${list.content}</ul>`);
  }
  if (posting.additional) parts.push(posting.additional);
  return parts.length ? parts.join("\n") : null;
}

export function parseLever(body: string, options: ParseOptions = {}): JobPosting[] {
  const postings = checkShape(postingsSchema, parseJsonBody(body, "lever"), "lever", "an array of postings [{ id, text, … }]");
  return postings.map((posting) => {
    const categories = posting.categories ?? {};
    const location = categories.location ?? categories.allLocations?.[0] ?? null;
    const workplace = posting.workplaceType && posting.workplaceType !== "unspecified" ? posting.workplaceType : null;
    return {
      externalId: posting.id,
      title: posting.text.trim(),
      company: options.companyName ?? companyFromSlug(posting.hostedUrl, /jobs\.lever\.co\/([^/?#]+)/),
      location,
      url: posting.hostedUrl ?? posting.applyUrl ?? null,
      descriptionHtml: descriptionOf(posting),
      postedAt: parseDateValue(posting.createdAt),
      employmentType: categories.commitment ?? null,
      salaryText: posting.salaryDescriptionPlain ?? null,
      salary: salaryOf(posting),
      tags: [categories.department, categories.team].filter((t): t is string => Boolean(t)),
      remoteHint: workplace,
      closed: false,
      raw: { id: posting.id, hostedUrl: posting.hostedUrl },
    };
  });
}
