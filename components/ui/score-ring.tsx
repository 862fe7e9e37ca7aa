import { cn } from "./cn";

type ScoreRingProps = { score: number; size?: "sm" | "md" | "lg"; className?: string };

const sizes = { sm: "size-10 text-xs", md: "size-14 text-base", lg: "size-20 text-2xl" };

function toneFor(score: number) {
  if (score >= 75) return "text-emerald-600 dark:text-emerald-400";
  if (score >= 50) return "text-accent-ink";
  return "text-ink-subtle";
}

/** A 0–100 match score as a ring with the number inside; read out as "Match score N out of 100". */
export function ScoreRing({ score, size = "md", className }: ScoreRingProps) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const circumference = 2 * Math.PI * 16;
  return (
    <div
      role="img"
      aria-label={`Match score ${value} out of 100`}
      className={cn("relative inline-flex shrink-0 items-center justify-center", sizes[size], className)}
    >
      <svg aria-hidden="true" viewBox="0 0 36 36" className={cn("absolute inset-0 -rotate-90", toneFor(value))}>
        <circle cx="18" cy="18" r="16" fill="none" className="stroke-line" strokeWidth="3" />
        <circle
          cx="18"
          cy="18"
          r="16"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
          strokeDasharray={`${(value / 100) * circumference} ${circumference}`}
        />
      </svg>
      <span aria-hidden="true" className="font-semibold tabular-nums text-ink">
        {value}
      </span>
    </div>
  );
}
