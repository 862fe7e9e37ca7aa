import type { MatchResponse } from "@/lib/matching/serialize-match";

/** Labels and number formats for match cards (pure, so the server and the browser agree). */

export type MatchView = Omit<MatchResponse, "apply_url"> & { apply_url: string };
type Salary = NonNullable<MatchResponse["job"]["salary"]>;

export const REMOTE_LABELS: Record<string, string> = { remote: "Remote", hybrid: "Hybrid", onsite: "On-site" };
export const JOB_TYPE_LABELS: Record<string, string> = {
  "full-time": "Full-time",
  "part-time": "Part-time",
  contract: "Contract",
  internship: "Internship",
};
export const SENIORITY_LABELS: Record<string, string> = {
  intern: "Intern",
  entry: "Entry level",
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  staff: "Staff",
  manager: "Manager",
};

export const FEEDBACK_REASON_LABELS = {
  too_senior: "Too senior",
  wrong_location: "Wrong location",
  not_my_field: "Not my field",
  salary: "Salary",
  company: "Company",
  other: "Other",
} as const;
export type FeedbackReason = keyof typeof FEEDBACK_REASON_LABELS;

/** rules_fallback means the AI was asked but failed or was over budget. */
export function scoringMethodLabel(method: string): string {
  if (method === "ai") return "AI-refined";
  if (method === "rules_fallback") return "Rules-based (AI unavailable)";
  return "Rules-based";
}

const PERIOD_SHORT: Record<string, string> = { year: "yr", month: "mo", week: "wk", day: "day", hour: "hr" };

function currencySymbol(currency: string): string {
  try {
    const parts = new Intl.NumberFormat("en-US", { style: "currency", currency, currencyDisplay: "narrowSymbol" }).formatToParts(0);
    return parts.find((p) => p.type === "currency")?.value ?? `${currency} `;
  } catch {
    return `${currency} `;
  }
}

/** 90000 → "90k", 92500 → "92.5k", 45 → "45", 1250000 → "1.3M". */
function shortAmount(n: number): string {
  const one = (v: number) => String(Math.round(v * 10) / 10);
  if (Math.abs(n) >= 1_000_000) return `${one(n / 1_000_000)}M`;
  if (Math.abs(n) >= 1000) return `${one(n / 1000)}k`;
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** "$90k–$110k / yr", "$45/hr", "From €50k / yr", "Up to $30/hr"; null when the job states no pay. */
export function formatSalary(salary: Salary | null): string | null {
  if (!salary) return null;
  let { min, max, period } = salary;
  if (min === null && max === null) {
    [min, max, period] = [salary.annual_min, salary.annual_max, "year"];
  }
  if (min === null && max === null) return null;
  const sym = currencySymbol(salary.currency ?? "USD");
  const money = (n: number) => `${sym}${shortAmount(n)}`;
  const per = PERIOD_SHORT[period ?? "year"] ?? period ?? "yr";
  if (min !== null && max !== null && min !== max) return `${money(min)}–${money(max)} / ${per}`;
  if (min !== null && max !== null) return `${money(min)}/${per}`;
  return min !== null ? `From ${money(min)} / ${per}` : `Up to ${money(max!)} / ${per}`;
}

export function clampScore(n: number | null | undefined): number {
  return Math.max(0, Math.min(100, Math.round(n ?? 0)));
}
