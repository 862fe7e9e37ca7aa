/** Number formats shared by the metric cards, charts and their data tables (server and client). */
export type ValueFormat = "count" | "usd" | "ms" | "percent" | "seconds" | "score";

const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 });

export function formatValue(value: number | null | undefined, format: ValueFormat): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  switch (format) {
    case "usd":
      return usd.format(value);
    case "ms":
      return value >= 1000 ? `${count.format(value / 1000)} s` : `${Math.round(value)} ms`;
    case "seconds":
      return `${count.format(value)} s`;
    case "percent":
      return `${count.format(value * 100)}%`;
    case "score":
      return count.format(value);
    default:
      return count.format(value);
  }
}

/** "2026-03-10T14" → "Mar 10, 14:00"; "2026-03-10" → "Mar 10" (UTC). */
export function formatBucket(bucket: string): string {
  const hour = bucket.length > 10;
  const date = new Date(hour ? `${bucket}:00:00Z` : `${bucket}T00:00:00Z`);
  const day = date.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
  return hour ? `${day}, ${bucket.slice(11, 13)}:00` : day;
}
