const SYMBOL: Record<string, string> = { USD: "$", CAD: "CA$", AUD: "A$", EUR: "€", GBP: "£", INR: "₹", JPY: "¥" };

function compact(amount: number): string {
  if (amount >= 1_000_000) return `${(amount / 1_000_000).toFixed(amount % 1_000_000 ? 1 : 0)}M`;
  if (amount >= 1000) return `${Math.round(amount / 1000)}k`;
  return String(Math.round(amount));
}

/** "$95k–$120k a year", "from €50k a year", or null when the posting states no salary. */
export function formatAnnualSalary(min: number | null, max: number | null, currency: string | null): string | null {
  if (min === null && max === null) return null;
  const cur = currency ?? "USD";
  const money = (n: number) => (SYMBOL[cur] ? `${SYMBOL[cur]}${compact(n)}` : `${compact(n)} ${cur}`);
  if (min !== null && max !== null && Math.round(min) !== Math.round(max)) return `${money(min)}–${money(max)} a year`;
  if (min !== null && max === null) return `from ${money(min)} a year`;
  if (min === null && max !== null) return `up to ${money(max)} a year`;
  return `${money(min ?? max!)} a year`;
}

/** "Tuesday 26 November" for a YYYY-MM-DD date, independent of the server's timezone. */
export function formatDigestDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}
