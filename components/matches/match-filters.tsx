import { Button, ButtonLink } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { JOB_TYPE_LABELS } from "./match-format";
import { hasFilters, JOB_TYPES, MIN_SCORE_OPTIONS, type MatchesPageQuery } from "./matches-query";

/** A plain GET form, so filtering works before (or without) JavaScript; submitting starts again at page 1. */
export function MatchFilters({ query, threshold }: { query: MatchesPageQuery; threshold: number }) {
  return (
    <form method="get" action="/matches" aria-label="Filter matches" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 shadow-card sm:flex-row sm:flex-wrap sm:items-end">
      <div className="flex items-center gap-2 sm:h-10">
        <input
          id="filter-remote"
          type="checkbox"
          name="remote"
          value="true"
          defaultChecked={query.remote}
          className="size-4 rounded border-line-strong accent-accent"
          data-testid="matches-filter-remote"
        />
        <Label htmlFor="filter-remote" className="font-normal">
          Remote only
        </Label>
      </div>
      <div className="space-y-1.5 sm:w-44">
        <Label htmlFor="filter-job-type">Job type</Label>
        <Select id="filter-job-type" name="job_type" defaultValue={query.jobType ?? ""} data-testid="matches-filter-job-type">
          <option value="">Any type</option>
          {JOB_TYPES.map((t) => (
            <option key={t} value={t}>
              {JOB_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1.5 sm:w-52">
        <Label htmlFor="filter-min-score">Minimum score</Label>
        <Select id="filter-min-score" name="min_score" defaultValue={query.minScore?.toString() ?? ""} data-testid="matches-filter-min-score">
          <option value="">Your threshold ({Math.round(threshold)})</option>
          {MIN_SCORE_OPTIONS.map((n) => (
            <option key={n} value={n}>
              {n} or more
            </option>
          ))}
        </Select>
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" data-testid="matches-filter-submit">
          Apply filters
        </Button>
        {hasFilters(query) ? (
          <ButtonLink href="/matches" variant="ghost">
            Clear
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
