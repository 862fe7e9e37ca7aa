import type { Metadata } from "next";
import { requireUser } from "@/components/app-shell/require-user";
import { BELOW_THRESHOLD_LIMIT, BelowThreshold, SHOW_BELOW_WHEN_FEWER_THAN } from "@/components/matches/below-threshold";
import { MatchFilters } from "@/components/matches/match-filters";
import type { MatchView } from "@/components/matches/match-format";
import { MatchList } from "@/components/matches/match-list";
import { MatchesEmpty } from "@/components/matches/matches-empty";
import { MatchesPagination } from "@/components/matches/matches-pagination";
import { hasFilters, matchesHref, parseMatchesQuery } from "@/components/matches/matches-query";
import { ScoreNowButton, ScoreNowProvider, ScoreNowResult } from "@/components/matches/score-now";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasJobListings } from "@/db/queries/job-stats";
import { loadMatchesForUser } from "@/lib/matching/list-matches";

export const metadata: Metadata = { title: "Matches" };

const PAGE_SIZE = 10;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Same-origin path of the tracked apply link (APP_URL may name another host behind a proxy). */
function relativeApplyUrl(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export default async function MatchesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const query = parseMatchesQuery(await searchParams);
  const header = (actions?: boolean) => (
    <PageHeader
      title="Matches"
      testId="page-matches"
      description="Fresh jobs scored 0–100 against your profile, best first, with the reasons behind each score."
      actions={actions ? <ScoreNowButton /> : undefined}
    />
  );

  // One round trip for the page, the total and the student's threshold; the job count only matters when there is no match.
  const loaded = await loadMatchesForUser(user.userId, {
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
    min_score: query.minScore,
    remote: query.remote || undefined,
    job_type: query.jobType,
    include_hidden: false,
  });
  if (!loaded) {
    return (
      <>
        {header()}
        <MatchesEmpty reason="no-profile" />
      </>
    );
  }

  const result = loaded.body;
  const jobCount = result.total > 0 || (await hasJobListings()) ? 1 : 0;
  const matches: MatchView[] = result.matches.map((m) => ({ ...m, apply_url: relativeApplyUrl(m.apply_url) }));
  const threshold = loaded.threshold;
  // Fewer than five at the threshold (and no min score picked): the closest stored ones under it follow, labelled.
  let below: MatchView[] = [];
  if (query.page === 1 && query.minScore === undefined && result.total < SHOW_BELOW_WHEN_FEWER_THAN) {
    const all = await loadMatchesForUser(user.userId, {
      limit: result.total + BELOW_THRESHOLD_LIMIT,
      offset: 0,
      min_score: 0,
      remote: query.remote || undefined,
      job_type: query.jobType,
      include_hidden: false,
    });
    below = (all?.body.matches ?? [])
      .filter((m) => m.compatibility_score < threshold)
      .slice(0, BELOW_THRESHOLD_LIMIT)
      .map((m) => ({ ...m, apply_url: relativeApplyUrl(m.apply_url) }));
  }
  const noMatches = jobCount > 0 && result.total === 0;

  return (
    <ScoreNowProvider userId={user.userId}>
      {header(jobCount > 0 && !noMatches)}
      <div className="space-y-6">
        <ScoreNowResult />
        {jobCount === 0 ? (
          <MatchesEmpty reason="no-jobs" />
        ) : (
          <>
            <MatchFilters query={query} threshold={threshold} />
            {noMatches ? (
              <>
                <MatchesEmpty reason="no-matches" query={query} threshold={threshold} filtered={hasFilters(query)} />
                <BelowThreshold userId={user.userId} matches={below} threshold={threshold} firstRank={1} />
              </>
            ) : matches.length === 0 ? (
              <EmptyState title="This page is empty" action={<ButtonLink href={matchesHref({ ...query, page: 1 })}>Go to the first page</ButtonLink>}>
                <p>You have {result.total} matches, but not this many pages.</p>
              </EmptyState>
            ) : (
              <>
                <MatchList key={matchesHref(query)} userId={user.userId} matches={matches} firstRank={(query.page - 1) * PAGE_SIZE + 1} />
                <BelowThreshold userId={user.userId} matches={below} threshold={threshold} firstRank={matches.length + 1} />
                <MatchesPagination query={query} pageSize={PAGE_SIZE} total={result.total} />
              </>
            )}
          </>
        )}
      </div>
    </ScoreNowProvider>
  );
}
