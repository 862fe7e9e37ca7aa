"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { FEEDBACK_REASON_LABELS, type FeedbackReason, type MatchView } from "./match-format";
import { MatchCard } from "./match-card";

type Notice = { tone: "success" | "error"; text: string } | null;

/**
 * The ranked cards. "Not interested" removes a card at once (restored if the
 * save fails) and moves focus to the next card, or the previous one at the end.
 */
export function MatchList({
  userId,
  matches,
  firstRank,
  belowThreshold,
  label = "Matches, best first",
}: {
  userId: string;
  matches: MatchView[];
  firstRank: number;
  /** Set for a list of matches under the student's threshold: each card says so. */
  belowThreshold?: number;
  label?: string;
}) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = useState<Notice>(null);
  const headings = useRef(new Map<number, HTMLHeadingElement>());
  const noticeRef = useRef<HTMLDivElement>(null);

  const visible = matches.filter((m) => !hidden.has(m.job.id));

  function hide(match: MatchView, reason: FeedbackReason) {
    const index = visible.findIndex((m) => m.job.id === match.job.id);
    const next = visible[index + 1] ?? visible[index - 1];
    setHidden((prev) => new Set(prev).add(match.job.id));
    setNotice({
      tone: "success",
      text: `Hidden “${match.job.title}” at ${match.job.company} (${FEEDBACK_REASON_LABELS[reason].toLowerCase()}). Thanks — future matches take this into account.`,
    });
    requestAnimationFrame(() => {
      const target = next ? headings.current.get(next.job.id) : null;
      (target ?? noticeRef.current)?.focus();
    });
  }

  function restore(match: MatchView, message: string) {
    setHidden((prev) => {
      const copy = new Set(prev);
      copy.delete(match.job.id);
      return copy;
    });
    setNotice({ tone: "error", text: `Couldn't hide “${match.job.title}”: ${message}` });
  }

  return (
    <div className="space-y-4">
      <div ref={noticeRef} tabIndex={-1} className="outline-none empty:hidden">
        {notice ? (
          <Alert tone={notice.tone} data-testid="match-feedback-result">
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {visible.length === 0 ? (
        <Alert tone="info" title="You've sorted every match on this page">
          <button type="button" className="font-medium underline" onClick={() => startTransition(() => router.refresh())}>
            Load more matches
          </button>
        </Alert>
      ) : null}
      <ol className="space-y-4" aria-label={label}>
        {visible.map((match) => (
          <li key={match.job.id}>
            <MatchCard
              userId={userId}
              match={match}
              rank={firstRank + matches.indexOf(match)}
              headingRef={(el) => {
                if (el) headings.current.set(match.job.id, el);
                else headings.current.delete(match.job.id);
              }}
              onHide={(reason) => hide(match, reason)}
              onHideFailed={(message) => restore(match, message)}
              belowThreshold={belowThreshold}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
