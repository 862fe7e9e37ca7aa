import type { SalaryPeriod, StructuredSalary } from "../types";

export interface ParsedSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
}

const CODES = "USD|CAD|EUR|GBP|INR|AUD|NZD|CHF|SEK|NOK|DKK|PLN|SGD|JPY|HKD|MXN|BRL|ZAR|AED|ILS|CZK";
const SYMBOLS = "US\\$|CA\\$|C\\$|A\\$|AU\\$|NZ\\$|S\\$|HK\\$|\\$|€|£|₹|¥|Rs\\.?";
const CUR = `(?:${CODES}|${SYMBOLS})`;
const NUM = "\\d{1,3}(?:[,.'\\u00a0\\u202f]\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d+)?";
const MULT = "k|K|lakhs?|lacs?|LPA|L(?![a-z])|cr(?:ores?)?|mn|M(?![a-zA-Z])|million";
const AMOUNT = `(?:(${CUR})\\s?)?(${NUM})(?:\\s?(${MULT}))?(?:\\s?(${CODES})(?![a-z]))?`;
/** One money amount or a range of two; groups 1-4 and 5-8 are (currency, number, multiplier, code). */
const MONEY = new RegExp(`(?<![\\w.,$€£₹¥])${AMOUNT}(?:\\s*(?:-|–|—|to|and)\\s*${AMOUNT})?(\\+)?`, "g");

const CURRENCY_MARK = new RegExp(`[$€£₹¥]|\\b(?:${CODES}|Rs\\.?|LPA|lakhs?|lacs?|crores?)\\b`);

const SYMBOL_CURRENCY: Record<string, string> = {
  "US$": "USD", "CA$": "CAD", C$: "CAD", A$: "AUD", AU$: "AUD", NZ$: "NZD", S$: "SGD", HK$: "HKD",
  "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", Rs: "INR", "Rs.": "INR",
};
const DOLLAR_BY_COUNTRY: Record<string, string> = { CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD", MX: "MXN" };

const PERIOD_AFTER = /^\s*(?:\/|per|an?|each)?\s*(hour|hr|h|year|yr|annum|month|mo|week|wk|day)\b|^\s*(hourly|annually|yearly|monthly|weekly|daily|p\.?a\.?|pa|LPA|annual)\b/i;
const PERIOD_WORDS: [RegExp, SalaryPeriod][] = [
  [/\b(?:per|an|\/)\s*(?:hour|hr)\b|\/\s*h\b|\bhourly\b|\bp\/h\b/i, "hour"],
  [/\b(?:per|a|\/)\s*day\b|\bdaily\b/i, "day"],
  [/\b(?:per|a|\/)\s*(?:week|wk)\b|\bweekly\b/i, "week"],
  [/\b(?:per|a|\/)\s*(?:month|mo)\b|\bmonthly\b|\bstipend\b/i, "month"],
  [/\b(?:per|a|\/)\s*(?:year|yr|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bp\.a\.|\bLPA\b|\bCTC\b|\bbase salary\b/i, "year"],
];
const CONTEXT_BEFORE = /\b(?:salary|compensation|pay|paid|base|range|rate|stipend|wage|ctc|package|earn|ote|hourly|annual)\b/i;
const NOT_SALARY_BEFORE = /\b(?:raised|funding|revenue|valuation|series [a-e]|budget|fund|invest\w*|customers?|arr)\b[^.]{0,30}$/i;
const NOT_SALARY_AFTER = /^\s*(?:\(k\)|%|million|billion|bn\b|[mb]\b|years?|yrs?|\+?\s*years?|employees|users|customers|people)/i;
const NO_SALARY = /^\s*(?:competitive|doe|depending on experience|negotiable|tbd|n\/a|market rate|commensurate)/i;

const ANNUAL_FACTOR: Record<SalaryPeriod, number> = { year: 1, month: 12, week: 52, day: 260, hour: 2080 };

function toNumber(digits: string, mult: string | undefined): number {
  let clean = digits.replace(/[\u00a0\u202f' ]/g, "");
  // "90.000" (European thousands) vs "12.5": a dot followed by exactly three digits groups thousands.
  clean = /^\d{1,3}(?:[.,]\d{3})+$/.test(clean) ? clean.replace(/[.,]/g, "") : clean.replace(/,/g, "");
  const value = Number(clean);
  const m = (mult ?? "").toLowerCase();
  if (m === "k") return value * 1_000;
  if (m.startsWith("l")) return value * 100_000;
  if (m.startsWith("cr")) return value * 10_000_000;
  if (m === "m" || m === "mn" || m === "million") return value * 1_000_000;
  return value;
}

const ANY_CODE = new RegExp(`\\b(${CODES})\\b`);

function currencyOf(tokens: (string | undefined)[], mults: (string | undefined)[], context: string, countryHint: string | null | undefined): string | null {
  const code = tokens.find((t) => t && /^[A-Z]{3}$/.test(t)) ?? ANY_CODE.exec(context)?.[1];
  if (code) return code;
  const symbol = tokens.find(Boolean);
  if (symbol) return SYMBOL_CURRENCY[symbol] ?? (countryHint && DOLLAR_BY_COUNTRY[countryHint]) ?? "USD";
  if (mults.some((t) => t && /^(?:lakhs?|lacs?|LPA|L|cr)/i.test(t))) return "INR";
  return null;
}

function periodOf(after: string, before: string, wholeText: string | null, mult: string | undefined): SalaryPeriod | null {
  if (mult && /^(?:LPA|lakhs?|lacs?|L|cr)/i.test(mult)) return "year";
  const near = PERIOD_AFTER.exec(after);
  if (near) {
    const word = (near[1] ?? near[2]).toLowerCase();
    if (/^(?:hour|hr|h|hourly)$/.test(word)) return "hour";
    if (/^(?:day|daily)$/.test(word)) return "day";
    if (/^(?:week|wk|weekly)$/.test(word)) return "week";
    if (/^(?:month|mo|monthly)$/.test(word)) return "month";
    return "year";
  }
  for (const source of [before.slice(-40), wholeText ?? ""]) {
    for (const [pattern, period] of PERIOD_WORDS) if (pattern.test(source)) return period;
  }
  return null;
}

/** When a posting gives no period, the magnitude tells it apart ($28 is hourly, $95,000 yearly). */
function guessPeriod(value: number, currency: string | null): SalaryPeriod {
  const scale = currency === "INR" ? 10 : currency === "JPY" ? 100 : 1;
  if (value < 300 * scale) return "hour";
  if (value < 1_500 * scale) return "week";
  if (value < 15_000 * scale) return "month";
  return "year";
}

function plausible(value: number, period: SalaryPeriod, currency: string | null): boolean {
  const annual = value * ANNUAL_FACTOR[period];
  const scale = currency === "INR" || currency === "JPY" ? 200 : 1;
  return annual >= 5_000 && annual <= 5_000_000 * scale;
}

/**
 * Finds the salary in a dedicated salary field (`strict = false`: bare numbers
 * allowed) or in free text (`strict = true`: needs a currency plus a range,
 * a period, a "k" or a pay word nearby, and no funding/revenue context).
 */
export function parseSalary(text: string | null | undefined, options: { countryHint?: string | null; strict?: boolean } = {}): ParsedSalary | null {
  if (!text || NO_SALARY.test(text)) return null;
  const strict = options.strict ?? false;
  // Free text needs a currency mark; starting just before the first one skips most of a description.
  const firstMark = strict ? text.search(CURRENCY_MARK) : 0;
  if (firstMark < 0) return null;
  MONEY.lastIndex = Math.max(0, firstMark - 40);
  for (let match = MONEY.exec(text); match; match = MONEY.exec(text)) {
    const [whole, cur1, num1, mult1, code1, cur2, num2, mult2, code2, plus] = match;
    // Context stays on the salary's own line: a "stipend" bullet above must not make it monthly.
    const window = text.slice(Math.max(0, match.index - 60), match.index);
    const before = window.slice(window.lastIndexOf("\n") + 1);
    const after = text.slice(match.index + whole.length, match.index + whole.length + 40);
    if (NOT_SALARY_AFTER.test(after) || /^\s*(?:\(k\)|%)/.test(text.slice(match.index + whole.length))) continue;
    const hasCurrency = Boolean(cur1 || code1 || cur2 || code2 || /^(?:l|cr)/i.test(mult1 ?? mult2 ?? ""));
    if (strict && (!hasCurrency || NOT_SALARY_BEFORE.test(before))) continue;
    const isRange = num2 !== undefined;
    const periodNear = periodOf(after, before, strict ? null : text, mult2 ?? mult1);
    if (strict && !isRange && !periodNear && !mult1 && !CONTEXT_BEFORE.test(before)) continue;
    if (!strict && !hasCurrency && !mult1 && !periodNear && Number(num1.replace(/\D/g, "")) < 1000) continue;

    let low = toNumber(num1, mult1 ?? (isRange && mult2 && !/^(?:m|mn|million)$/i.test(mult2) ? mult2 : undefined));
    let high = isRange ? toNumber(num2, mult2 ?? mult1) : null;
    if (high !== null && high < low / 50) high = toNumber(num2, mult1); // "$90k-110"
    if (high !== null && high < low) [low, high] = [high, low];
    const currency = currencyOf([cur1, code1, cur2, code2], [mult1, mult2], strict ? `${before.slice(-20)} ${after.slice(0, 20)}` : text, options.countryHint);
    const period = periodNear ?? guessPeriod(high ?? low, currency);
    if (!plausible(low, period, currency) || (high !== null && !plausible(high, period, currency))) continue;
    // A single figure is the salary (min = max) unless it is a floor ("120K+", "from") or a ceiling ("up to").
    const upTo = !isRange && /\b(?:up to|max(?:imum)?(?: of)?)\s*$/i.test(before);
    const floor = !isRange && (Boolean(plus) || /\b(?:from|starting (?:at|from)|min(?:imum)?(?: of)?|at least)\s*$/i.test(before));
    return {
      min: upTo ? null : low,
      max: upTo ? low : (high ?? (floor ? null : low)),
      currency,
      period,
    };
  }
  return null;
}

export function fromStructured(salary: StructuredSalary | null | undefined): ParsedSalary | null {
  if (!salary || (salary.min == null && salary.max == null)) return null;
  const period = salary.period ?? guessPeriod(salary.max ?? salary.min ?? 0, salary.currency);
  return { min: salary.min, max: salary.max, currency: salary.currency?.toUpperCase() ?? null, period };
}

/** Yearly equivalents (hourly × 2080, daily × 260, weekly × 52, monthly × 12), rounded. */
export function annualise(salary: ParsedSalary | null): { min: number | null; max: number | null } {
  if (!salary?.period) return { min: null, max: null };
  const factor = ANNUAL_FACTOR[salary.period];
  const round = (v: number | null) => (v == null ? null : Math.round(v * factor));
  return { min: round(salary.min), max: round(salary.max) };
}
