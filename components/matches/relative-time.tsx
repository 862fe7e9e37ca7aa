const absoluteFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
});

const UNITS: [limit: number, seconds: number, unit: string][] = [
  [60 * 60, 60, "min"],
  [24 * 60 * 60, 60 * 60, "h"],
  [30 * 24 * 60 * 60, 24 * 60 * 60, "d"],
  [365 * 24 * 60 * 60, 30 * 24 * 60 * 60, "mo"],
  [Infinity, 365 * 24 * 60 * 60, "y"],
];

/** "just now", "5 min ago", "2 h ago", "in 40 min", "3 d ago" – short enough for a table cell. */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const diff = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(diff);
  if (abs < 60) return diff > 0 ? "in under a minute" : "just now";
  const [, seconds, unit] = UNITS.find(([limit]) => abs < limit)!;
  const n = Math.floor(abs / seconds);
  return diff > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** A relative time with the absolute date and time on hover (title) and in `dateTime`. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  return (
    // The server and the browser may disagree by a minute; the text is approximate anyway.
    <time dateTime={iso} title={absoluteFormat.format(date)} className={className} suppressHydrationWarning>
      {formatRelative(date)}
    </time>
  );
}
