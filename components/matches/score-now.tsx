"use client";
import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SparklesIcon } from "@/components/ui/icons";
import { errorMessageOf } from "./json-request";
import { type ScoreResult, scoreNewJobs } from "./matches-client";

type ScoreState = { state: "idle" } | { state: "scoring" } | { state: "done"; result: ScoreResult } | { state: "error"; message: string };
type ScoreContextValue = { status: ScoreState; score: () => void };

const ScoreContext = createContext<ScoreContextValue | null>(null);

/**
 * Holds the "Score new jobs now" run above the page's content, so the result
 * survives the refresh that swaps the empty state for the list of matches.
 */
export function ScoreNowProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const router = useRouter();
  const [status, setStatus] = useState<ScoreState>({ state: "idle" });
  const [, startTransition] = useTransition();

  async function score() {
    setStatus({ state: "scoring" });
    try {
      const result = await scoreNewJobs(userId);
      setStatus({ state: "done", result });
      startTransition(() => router.refresh());
    } catch (err) {
      setStatus({ state: "error", message: errorMessageOf(err) });
    }
  }

  return <ScoreContext.Provider value={{ status, score }}>{children}</ScoreContext.Provider>;
}

function useScoreNow(): ScoreContextValue {
  const value = useContext(ScoreContext);
  if (!value) throw new Error("ScoreNowButton needs a ScoreNowProvider");
  return value;
}

export function ScoreNowButton({ variant = "secondary" }: { variant?: "primary" | "secondary" }) {
  const { status, score } = useScoreNow();
  return (
    <Button
      variant={variant}
      icon={<SparklesIcon className="size-4" />}
      loading={status.state === "scoring"}
      onClick={score}
      data-testid="score-now"
    >
      Score new jobs now
    </Button>
  );
}

const n = new Intl.NumberFormat("en-US");
const plural = (count: number, one: string, many = `${one}s`) => `${n.format(count)} ${count === 1 ? one : many}`;

/** What the last run did, in the student's words: jobs checked, matches saved, how many the AI refined. */
export function ScoreNowResult() {
  const { status } = useScoreNow();
  if (status.state === "scoring") {
    return (
      <p role="status" className="text-sm text-ink-muted">
        Scoring the newest jobs against your profile…
      </p>
    );
  }
  if (status.state === "error") {
    return (
      <Alert tone="error" title="Scoring didn't run" data-testid="score-result">
        {status.message}
      </Alert>
    );
  }
  if (status.state !== "done") return null;
  const r = status.result;
  if (r.candidates === 0) {
    return (
      <Alert tone="info" title="No new jobs to score" data-testid="score-result">
        Every job from the last 7 days already has a score for you. New jobs arrive every hour.
      </Alert>
    );
  }
  return (
    <Alert tone="success" title={`Checked ${plural(r.candidates, "new job")}`} data-testid="score-result">
      {plural(r.stored, "match", "matches")} at or above your threshold
      {r.gated > 0 ? ` · ${plural(r.gated, "job")} ruled out by a hard requirement (such as location or work authorization)` : ""}
      {r.ai_scored > 0 ? ` · ${n.format(r.ai_scored)} refined by AI` : ""}
      {r.ai_fallback > 0 ? ` · ${n.format(r.ai_fallback)} kept the rules score (AI unavailable)` : ""}.
    </Alert>
  );
}
