import { cn } from "@/components/ui/cn";
import { clampScore, type MatchView } from "./match-format";

const PARTS = [
  ["skills_match_score", "Skills"],
  ["experience_match_score", "Experience"],
  ["location_match_score", "Location"],
  ["salary_match_score", "Salary"],
  ["culture_match_score", "Culture"],
] as const;

function barTone(value: number) {
  if (value >= 75) return "bg-emerald-500";
  if (value >= 50) return "bg-accent";
  return "bg-amber-500";
}

/** The five parts of the score as labelled meters, each with its number in text. */
export function ScoreBreakdown({ match }: { match: MatchView }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
      {PARTS.map(([key, label]) => {
        const value = clampScore(match[key]);
        return (
          <div key={key} className="grid grid-cols-[5.5rem_1fr_2rem] items-center gap-2 text-xs">
            <dt className="text-ink-muted">{label}</dt>
            <dd className="contents">
              <div
                role="meter"
                aria-label={`${label} match`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={value}
                aria-valuetext={`${value} out of 100`}
                className="h-1.5 overflow-hidden rounded-full bg-line"
              >
                <div className={cn("h-full rounded-full", barTone(value))} style={{ width: `${value}%` }} />
              </div>
              <span className="text-right font-medium tabular-nums text-ink" aria-hidden="true">
                {value}
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
