import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ClockIcon, SearchIcon, UploadIcon } from "@/components/ui/icons";
import { matchesHref, type MatchesPageQuery } from "./matches-query";
import { ScoreNowButton } from "./score-now";

export type EmptyReason = "no-profile" | "no-jobs" | "no-matches";

type MatchesEmptyProps = { reason: EmptyReason; query?: MatchesPageQuery; threshold?: number; filtered?: boolean };

/** Why there is nothing to show, and the one thing to do about it. */
export function MatchesEmpty({ reason, query, threshold = 60, filtered = false }: MatchesEmptyProps) {
  return (
    <div data-testid="matches-empty" data-reason={reason}>
      {reason === "no-profile" ? (
        <EmptyState icon={<UploadIcon />} title="Add your resume to get matches" action={<ButtonLink href="/profile">Upload your resume</ButtonLink>}>
          <p>JobMatch scores every job against your skills, education and the roles you want. Upload a resume (or paste its text) and your first matches appear here within minutes.</p>
        </EmptyState>
      ) : reason === "no-jobs" ? (
        <EmptyState icon={<ClockIcon />} title="Jobs are being fetched">
          <p>This server hasn&apos;t collected any jobs yet. It checks its job boards every hour — check back in a few minutes.</p>
        </EmptyState>
      ) : (
        <EmptyState
          icon={<SearchIcon />}
          title={filtered ? "No matches with these filters" : "No matches above your threshold yet"}
          action={
            <>
              <ScoreNowButton variant="primary" />
              {filtered && query ? (
                <ButtonLink href={matchesHref({ page: 1, remote: false })} variant="secondary">
                  Clear filters
                </ButtonLink>
              ) : (
                <ButtonLink href="/settings" variant="secondary">
                  Lower your threshold
                </ButtonLink>
              )}
            </>
          }
        >
          <p>
            {filtered
              ? "None of your scored jobs fit every filter you picked. Loosen a filter, or score the newest jobs now."
              : `Only jobs scoring ${Math.round(threshold)} or more are kept for you, and none has reached that yet.`}{" "}
            New jobs are scored every hour; you can also score the newest ones now.
          </p>
        </EmptyState>
      )}
    </div>
  );
}
