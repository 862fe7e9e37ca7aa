/** Small wording helpers for match explanations. */

/** "Python", "Python and SQL", "Python, SQL and Airflow" (at most `max` names, then "and 3 more"). */
export function listNames(names: readonly string[], max = 4): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

// Building an Intl.NumberFormat costs ~50 µs, formatting ~1 µs: one formatter per currency, built once.
const formatters = new Map<string, Intl.NumberFormat | null>();

function formatterFor(currency: string): Intl.NumberFormat | null {
  let f = formatters.get(currency);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
    } catch {
      f = null; // not an ISO currency code
    }
    if (formatters.size < 500) formatters.set(currency, f);
  }
  return f;
}

export function money(amount: number, currency: string | null | undefined): string {
  const f = formatterFor(currency ?? "USD");
  return f ? f.format(amount) : `${Math.round(amount).toLocaleString("en-US")} ${currency ?? ""}`.trim();
}

export function years(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} year${rounded === 1 ? "" : "s"}`;
}

export const LEVEL_WORDS: Record<string, string> = {
  intern: "Internship", entry: "Entry-level role", junior: "Junior role", mid: "Mid-level role", senior: "Senior role", staff: "Staff-level role", manager: "Management role",
};

export const CAREER_WORDS: Record<string, string> = {
  student: "a student", entry: "a new grad", junior: "a junior", mid: "a mid-level professional", senior: "a senior professional",
};

export const FIELD_WORDS: Record<string, string> = {
  software: "software", data: "data", electrical: "electrical engineering", mechanical: "mechanical engineering", civil: "civil engineering",
  design: "design", business: "business", finance: "finance", marketing: "marketing", healthcare: "healthcare", life_sciences: "life sciences",
};
