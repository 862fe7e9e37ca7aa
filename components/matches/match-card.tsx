"use client";
import type { Ref } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ArrowRightIcon, SparklesIcon } from "@/components/ui/icons";
import { ScoreRing } from "@/components/ui/score-ring";
import { type FeedbackReason, formatSalary, JOB_TYPE_LABELS, type MatchView, REMOTE_LABELS, scoringMethodLabel, SENIORITY_LABELS } from "./match-format";
import { MatchFeedback } from "./match-feedback";
import { RelativeTime } from "./relative-time";
import { ScoreBreakdown } from "./score-breakdown";

type MatchCardProps = {
  userId: string;
  match: MatchView;
  rank: number;
  headingRef?: Ref<HTMLHeadingElement>;
  onHide: (reason: FeedbackReason) => void;
  onHideFailed: (message: string) => void;
  /** The student's threshold when this match scores under it (shown with a label, after the ones above). */
  belowThreshold?: number;
};

function FactorList({ items, good }: { items: string[]; good: boolean }) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1.5 text-sm" aria-label={good ? "What fits" : "What doesn't fit"}>
      {items.map((text) => (
        <li key={text} className="flex gap-2.5">
          <span
            aria-hidden="true"
            className={
              good
                ? "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-success-bg text-xs text-success-ink"
                : "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-warning-bg text-xs text-warning-ink"
            }
          >
            {good ? "✓" : "!"}
          </span>
          <span className="text-ink">
            <span className="sr-only">{good ? "Plus: " : "Gap: "}</span>
            {text}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One ranked match: score, the job's essentials, the five-part breakdown, reasons, apply and feedback. */
export function MatchCard({ userId, match, rank, headingRef, onHide, onHideFailed, belowThreshold }: MatchCardProps) {
  const { job } = match;
  const salary = formatSalary(job.salary);
  const headingId = `match-${job.id}-title`;
  const method = scoringMethodLabel(match.scoring_method);
  const confidence = match.confidence_score === null ? null : Math.round(match.confidence_score * 100);

  return (
    <Card data-testid="match-card" data-job-id={job.id} aria-labelledby={headingId} role="article" className="p-5 sm:p-6">
      <div className="flex items-start gap-4">
        <div data-testid="match-score" data-score={Math.round(match.compatibility_score)}>
          <ScoreRing score={match.compatibility_score} size="lg" className="max-sm:size-14 max-sm:text-base" />
        </div>
        <div className="min-w-0 flex-1">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-balance text-ink outline-none">
            <span className="sr-only">Match {rank}: </span>
            {job.title}
          </h2>
          <p className="text-sm text-ink-muted">
            {job.company}
            {job.location ? ` · ${job.location}` : ""}
          </p>
          <div className="mt-2 flex flex-wrap gap-1.5">
            {belowThreshold !== undefined ? (
              <Badge tone="warning" data-testid="match-below-threshold">
                Below your {Math.round(belowThreshold)} threshold
              </Badge>
            ) : null}
            {job.remote_type ? <Badge tone={job.remote_type === "remote" ? "success" : "neutral"}>{REMOTE_LABELS[job.remote_type] ?? job.remote_type}</Badge> : null}
            {job.employment_type ? <Badge>{JOB_TYPE_LABELS[job.employment_type] ?? job.employment_type}</Badge> : null}
            {job.seniority ? <Badge>{SENIORITY_LABELS[job.seniority] ?? job.seniority}</Badge> : null}
            {salary ? (
              <Badge tone="brand" data-testid="match-salary">
                {salary}
              </Badge>
            ) : null}
          </div>
          <p className="mt-2 text-xs text-ink-subtle">
            Posted <RelativeTime iso={job.posted_at} />
          </p>
        </div>
      </div>

      <div className="mt-5 space-y-5">
        <ScoreBreakdown match={match} />
        {match.match_factors.length + match.mismatch_factors.length > 0 ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <FactorList items={match.match_factors} good />
            <FactorList items={match.mismatch_factors} good={false} />
          </div>
        ) : null}
        {match.ai_reasoning ? (
          <div className="rounded-md bg-subtle px-4 py-3 text-sm">
            <p className="mb-1 flex flex-wrap items-center gap-2 text-xs font-semibold text-ink-muted">
              <span className="inline-flex items-center gap-1" data-testid="match-method">
                {match.scoring_method === "ai" ? <SparklesIcon className="size-3.5 text-accent-ink" /> : null}
                {method}
              </span>
              {confidence !== null ? <span className="font-normal text-ink-subtle">· confidence {confidence}%</span> : null}
            </p>
            <p className="leading-relaxed text-pretty text-ink">{match.ai_reasoning}</p>
          </div>
        ) : (
          <p className="text-xs text-ink-subtle" data-testid="match-method">
            {method}
          </p>
        )}
      </div>

      <div className="mt-5 flex flex-col-reverse gap-3 border-t border-line pt-4 sm:flex-row sm:items-center sm:justify-between">
        <MatchFeedback userId={userId} match={match} onHide={onHide} onHideFailed={onHideFailed} />
        <a
          href={match.apply_url}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonStyles({ size: "md", className: "w-full sm:w-auto" })}
          data-testid="match-apply"
        >
          Apply
          <span className="sr-only"> to {job.title} at {job.company} (opens in a new tab)</span>
          <ArrowRightIcon className="size-4 -rotate-45" />
        </a>
      </div>
    </Card>
  );
}
