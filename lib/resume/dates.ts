/**
 * Date ranges as people write them on resumes: "Jan 2023 - Present",
 * "01/2022 - 05/2023", "2021-2022", "Summer 2024", "June 2023 to Current",
 * "May '24", "Fall 2023", "2022.03", "03.2022", "Sept 2021 - présent", full dates
 * ("1 April 2023", "April 1, 2023", "15.09.2020", "09/15/2020"). Months come out as ISO "YYYY-MM".
 */
export interface DateRange {
  start: string | null;
  end: string | null;
  current: boolean;
  /** The end was written as a year alone ("2019–21"): its month is not known. */
  endYearOnly: boolean;
  /** Where the match sits in the line, so callers can cut it out. */
  index: number;
  length: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// Seasons map to the months a term or summer job usually spans.
const SEASONS: Record<string, [number, number]> = { spring: [1, 5], summer: [6, 8], fall: [9, 12], autumn: [9, 12], winter: [1, 3] };

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const SEASON = "(?:spring|summer|fall|autumn|winter)";
const YEAR = "(?:19[7-9]\\d|20[0-3]\\d|'\\d{2})";
const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const YEAR4 = "(?:19[7-9]\\d|20[0-3]\\d)";
// Full dates first, so "15.09.2020" is one date and not "09.2020" after a stray "15.".
const FULL_DATE = `(?:\\d{1,2}[./-]\\d{1,2}[./-]${YEAR4}|${DAY}(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s*${YEAR4}|${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR4})`;
const DATE = `(?:${FULL_DATE}|(?:${MONTH}|${SEASON})\\s*,?\\s*${YEAR}|(?:0?[1-9]|1[0-2])\\/(?:20[0-3]\\d|19[7-9]\\d|\\d{2})(?!\\d)|(?:0[1-9]|1[0-2])\\.(?:20[0-3]\\d|19[7-9]\\d)(?!\\d)|(?:19[7-9]\\d|20[0-3]\\d)[-/.](?:0[1-9]|1[0-2])(?![\\d])|${YEAR})`;
const PRESENT = "(?:present|current|currently|now|today|ongoing|to date|date|pr[ée]sente?|presente|actualidad|actual|atual|atualmente|heute|aktuell|oggi|hoy|aujourd'hui|en cours)";
const RANGE_RE = new RegExp(`(?<![\\w/.])(${DATE})(?:\\s*(?:-|–|—|to|until|through|thru)\\s*(${DATE}|${PRESENT}|\\d{2}(?!\\d)))?(?![\\w/])`, "gi");

interface Point {
  year: number;
  month: number;
  /** The last month the token covers ("Summer 2024" ends in August); a bare year stays at January, like the start. */
  endMonth: number;
  monthKnown: boolean;
}

export function findDateRanges(line: string): DateRange[] {
  const ranges: DateRange[] = [];
  for (const m of line.matchAll(RANGE_RE)) {
    const start = parsePoint(m[1]);
    if (!start) continue;
    const endText = m[2];
    const current = endText !== undefined && new RegExp(`^${PRESENT}$`, "i").test(endText);
    let end: Point | undefined;
    if (endText === undefined) end = start;
    else if (/^\d{2}$/.test(endText)) end = point(Math.floor(start.year / 100) * 100 + Number(endText), 1, 1, false);
    else if (!current) end = parsePoint(endText);
    if (!current && !end) continue;
    ranges.push({
      start: iso(start.year, start.month),
      end: current || !end ? null : iso(end.year, end.endMonth),
      current,
      endYearOnly: !current && endText !== undefined && end !== undefined && !end.monthKnown && /^(?:\d{2}|'?\d{2,4})$/.test(endText.trim()),
      index: m.index,
      length: m[0].length,
    });
  }
  return ranges;
}

/** "May 2027", "Fall 2023", "05/2023", "2023", "'24" → year and month. */
export function parsePoint(text: string): Point | undefined {
  const full = parseFullDate(text.toLowerCase().trim());
  if (full) return full;
  const t = text.toLowerCase().replace(/[.,]/g, " ").trim();
  let m = /^(\d{1,2})\/(\d{2,4})$/.exec(t) ?? /^(\d{2}) (\d{4})$/.exec(t);
  if (m) return point(toYear(m[2]), Number(m[1]), Number(m[1]), true);
  m = /^(\d{4})[-/ ](\d{2})$/.exec(t);
  if (m) return point(Number(m[1]), Number(m[2]), Number(m[2]), true);
  m = /^([a-z]+)\s*('?\d{2,4})$/.exec(t);
  if (m) {
    const year = toYear(m[2]);
    const season = SEASONS[m[1]];
    if (season) return point(year, season[0], season[1], false);
    const month = MONTHS.indexOf(m[1].slice(0, 3)) + 1;
    return month ? point(year, month, month, true) : undefined;
  }
  m = /^('?\d{2,4})$/.exec(t);
  return m ? point(toYear(m[1]), 1, 1, false) : undefined;
}

/** "15.09.2020" and "15/09/2020" (day first, as in Europe and India, or when the first number exceeds 12), "09/15/2020" (US), "1 April 2023", "April 1, 2023". */
function parseFullDate(t: string): Point | undefined {
  let m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const dayFirst = m[2] !== "/" || a > 12;
    const month = dayFirst ? b : a;
    return point(Number(m[4]), month, month, true);
  }
  m = /^\d{1,2}(?:st|nd|rd|th)?\s+([a-z]+)\.?\s*,?\s*(\d{4})$/.exec(t) ?? /^([a-z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].slice(0, 3)) + 1;
  return month ? point(Number(m[2]), month, month, true) : undefined;
}

function point(year: number, month: number, endMonth: number, monthKnown: boolean): Point | undefined {
  if (year < 1970 || year > 2039 || month < 1 || month > 12) return undefined;
  return { year, month, endMonth, monthKnown };
}

function toYear(text: string): number {
  const digits = text.replace(/\D/g, "");
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function iso(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Month index (year*12 + month-1) of an ISO month. */
export function monthIndex(isoMonth: string): number {
  const [y, m] = isoMonth.split("-").map(Number);
  return y * 12 + (m - 1);
}

export function isoMonthOf(date: Date): string {
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1);
}
