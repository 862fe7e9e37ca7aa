import type { JobListing, JobSource } from "@/db/schema";

const SNIPPET_CHARS = 300;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= SNIPPET_CHARS) return flat;
  const cut = flat.slice(0, SNIPPET_CHARS);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > SNIPPET_CHARS * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A listing for the API: snake_case, a snippet in lists, the full description on the detail route. */
export function toJobResponse(job: JobListing, { full = false }: { full?: boolean } = {}) {
  return {
    id: job.id,
    title: job.title,
    company: job.company,
    location: job.location,
    city: job.city,
    region: job.region,
    country: job.country,
    remote_type: job.remote_type,
    remote_regions: job.remote_regions,
    remote_worldwide: job.remote_worldwide,
    url: job.url,
    external_id: job.external_id,
    employment_type: job.employment_type,
    seniority: job.seniority,
    min_years_experience: job.min_years_experience,
    salary_min: job.salary_min,
    salary_max: job.salary_max,
    salary_currency: job.salary_currency,
    salary_period: job.salary_period,
    salary_annual_min: job.salary_annual_min,
    salary_annual_max: job.salary_annual_max,
    required_skills: job.required_skills,
    preferred_skills: job.preferred_skills,
    tags: job.tags,
    field: job.field,
    sponsorship: job.sponsorship,
    requires_citizenship: job.requires_citizenship,
    requires_security_clearance: job.requires_security_clearance,
    posted_at: (job.posted_at ?? job.first_seen_at).toISOString(),
    fetched_at: job.fetched_at.toISOString(),
    first_seen_at: job.first_seen_at.toISOString(),
    last_seen_at: job.last_seen_at.toISOString(),
    status: job.status,
    closed_at: job.closed_at?.toISOString() ?? null,
    source_id: job.source_id,
    source_urls: job.source_urls,
    description_snippet: snippet(job.description),
    ...(full ? { description: job.description } : {}),
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A source with every piece of feed state, for the admin page. */
export function toSourceResponse(source: JobSource) {
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    url: source.url,
    enabled: source.enabled,
    is_demo: source.is_demo,
    etag: source.etag,
    last_modified: source.last_modified,
    last_fetched_at: iso(source.last_fetched_at),
    last_status: source.last_status,
    last_http_status: source.last_http_status,
    items_seen: source.items_seen,
    consecutive_failures: source.consecutive_failures,
    last_error: source.last_error,
    next_fetch_at: iso(source.next_fetch_at),
    created_at: iso(source.created_at),
    updated_at: iso(source.updated_at),
  };
}
