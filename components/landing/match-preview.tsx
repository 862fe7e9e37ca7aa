import { Badge } from "@/components/ui/badge";
import { ScoreRing } from "@/components/ui/score-ring";

const reasons = [
  { good: true, text: "Uses SQL, Python and Excel — all on your resume" },
  { good: true, text: "Junior role, open to new graduates" },
  { good: true, text: "In Chicago, one of the cities you picked" },
  { good: false, text: "Asks for Tableau, which your resume doesn't mention" },
];

/** An illustrative match, drawn in HTML instead of a screenshot so it stays sharp and readable. */
export function MatchPreview() {
  return (
    <figure className="relative">
      <div aria-hidden="true" className="absolute -inset-4 -z-10 rounded-3xl bg-linear-to-br from-accent-soft to-transparent blur-2xl" />
      <div className="rounded-xl border border-line bg-surface p-5 shadow-pop sm:p-6">
        <div className="flex items-start gap-4">
          <ScoreRing score={86} size="lg" />
          <div className="min-w-0 flex-1">
            <p className="text-lg font-semibold text-ink">Data Analyst</p>
            <p className="text-sm text-ink-muted">Hirely · Chicago, IL · On-site</p>
            <div className="mt-2 flex flex-wrap gap-1.5">
              <Badge tone="success">Strong match</Badge>
              <Badge>Junior</Badge>
              <Badge>$75k–$90k</Badge>
            </div>
          </div>
        </div>
        <p className="mt-5 text-xs font-semibold tracking-wide text-ink-subtle uppercase">Why this score</p>
        <ul className="mt-2 space-y-2 text-sm">
          {reasons.map((r) => (
            <li key={r.text} className="flex gap-2.5">
              <span
                aria-hidden="true"
                className={
                  r.good
                    ? "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-success-bg text-success-ink"
                    : "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-warning-bg text-warning-ink"
                }
              >
                {r.good ? "✓" : "!"}
              </span>
              <span className="text-ink">
                <span className="sr-only">{r.good ? "Plus: " : "Gap: "}</span>
                {r.text}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <figcaption className="mt-3 text-center text-xs text-ink-muted">An example match, as it appears in your list and digest.</figcaption>
    </figure>
  );
}
