"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CheckIcon } from "@/components/ui/icons";
import { errorMessageOf } from "./json-request";
import type { FeedbackReason, MatchView } from "./match-format";
import { type Feedback, sendFeedback } from "./matches-client";
import { ReasonMenu } from "./reason-menu";

type MatchFeedbackProps = {
  userId: string;
  match: MatchView;
  /** Called at once when the student says "not interested" (the card goes away optimistically). */
  onHide: (reason: FeedbackReason) => void;
  /** Called if saving "not interested" failed, to bring the card back. */
  onHideFailed: (message: string) => void;
};

/** Interested / Applied (kept on the card, shown as pressed) and Not interested with a reason. */
export function MatchFeedback({ userId, match, onHide, onHideFailed }: MatchFeedbackProps) {
  const [interested, setInterested] = useState(Boolean(match.user_interested));
  const [applied, setApplied] = useState(Boolean(match.user_applied));
  const [busy, setBusy] = useState<Feedback | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function mark(feedback: "interested" | "applied") {
    setBusy(feedback);
    setError(null);
    try {
      const saved = await sendFeedback(userId, match.job.id, feedback);
      setInterested(Boolean(saved.user_interested));
      setApplied(Boolean(saved.user_applied));
    } catch (err) {
      setError(errorMessageOf(err));
    } finally {
      setBusy(null);
    }
  }

  async function notInterested(reason: FeedbackReason) {
    onHide(reason);
    try {
      await sendFeedback(userId, match.job.id, "not_interested", reason);
    } catch (err) {
      onHideFailed(errorMessageOf(err));
    }
  }

  const title = `${match.job.title} at ${match.job.company}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant={interested ? "secondary" : "ghost"}
        aria-pressed={interested}
        aria-label={`Interested in ${title}`}
        icon={interested ? <CheckIcon className="size-4 text-success-ink" /> : undefined}
        loading={busy === "interested"}
        disabled={busy !== null}
        onClick={() => mark("interested")}
        data-testid="match-feedback-interested"
      >
        Interested
      </Button>
      <Button
        size="sm"
        variant={applied ? "secondary" : "ghost"}
        aria-pressed={applied}
        aria-label={`I applied to ${title}`}
        icon={applied ? <CheckIcon className="size-4 text-success-ink" /> : undefined}
        loading={busy === "applied"}
        disabled={busy !== null}
        onClick={() => mark("applied")}
        data-testid="match-feedback-applied"
      >
        Applied
      </Button>
      <ReasonMenu jobTitle={title} disabled={busy !== null} onPick={notInterested} />
      {error ? (
        <p role="alert" className="basis-full text-xs font-medium text-danger-ink">
          {error}
        </p>
      ) : null}
    </div>
  );
}
