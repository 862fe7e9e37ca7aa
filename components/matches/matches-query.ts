/** The matches page's URL state (?page, remote, job_type, min_score): parsed leniently, written back for links. */

export const JOB_TYPES = ["full-time", "part-time", "contract", "internship"] as const;
export const MIN_SCORE_OPTIONS = [50, 60, 70, 80, 90] as const;

export type MatchesPageQuery = {
  page: number;
  remote: boolean;
  jobType?: (typeof JOB_TYPES)[number];
  /** Undefined: the student's own threshold. */
  minScore?: number;
};

type RawParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseMatchesQuery(params: RawParams): MatchesPageQuery {
  const page = Number.parseInt(first(params.page), 10);
  const min = Number.parseInt(first(params.min_score), 10);
  const jobType = first(params.job_type);
  return {
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
    remote: first(params.remote) === "true",
    jobType: (JOB_TYPES as readonly string[]).includes(jobType) ? (jobType as MatchesPageQuery["jobType"]) : undefined,
    minScore: Number.isFinite(min) && min >= 0 && min <= 100 ? min : undefined,
  };
}

export function matchesHref(q: MatchesPageQuery): string {
  const params = new URLSearchParams();
  if (q.remote) params.set("remote", "true");
  if (q.jobType) params.set("job_type", q.jobType);
  if (q.minScore !== undefined) params.set("min_score", String(q.minScore));
  if (q.page > 1) params.set("page", String(q.page));
  const query = params.toString();
  return `/matches${query ? `?${query}` : ""}`;
}

export const hasFilters = (q: MatchesPageQuery) => q.remote || q.jobType !== undefined || q.minScore !== undefined;
