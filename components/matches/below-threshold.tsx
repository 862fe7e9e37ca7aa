import type { MatchView } from "./match-format";
import { MatchList } from "./match-list";

/** Shown under the page's matches when fewer than this many reach the student's threshold. */
export const SHOW_BELOW_WHEN_FEWER_THAN = 5;
/** At most this many of the closest jobs under the threshold. */
export const BELOW_THRESHOLD_LIMIT = 10;

/**
 * The closest jobs under the student's threshold, after the ones above it and
 * set apart: each run stores a student's best few whatever their score, so a
 * student whose jobs all score low still sees what came nearest.
 */
export function BelowThreshold({ userId, matches, threshold, firstRank }: { userId: string; matches: MatchView[]; threshold: number; firstRank: number }) {
  if (matches.length === 0) return null;
  const n = Math.round(threshold);
  return (
    <section data-testid="matches-below-threshold" aria-labelledby="below-threshold-title" className="space-y-4 rounded-xl border border-dashed border-line p-4 sm:p-5">
      <div>
        <h2 id="below-threshold-title" className="text-base font-semibold text-ink">
          Below your {n} threshold
        </h2>
        <p className="text-sm text-ink-muted">
          The closest jobs scored under {n}. They miss something you asked for — read the gaps on each card before applying.
        </p>
      </div>
      <MatchList userId={userId} matches={matches} firstRank={firstRank} belowThreshold={threshold} label={`Matches below your ${n} threshold, best first`} />
    </section>
  );
}
