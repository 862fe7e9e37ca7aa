import type { EmploymentType, Seniority } from "../types";
import { PREFERRED_LINE, splitSections } from "./sections";

// Order matters: the first rule that matches the title wins.
const TITLE_RULES: [RegExp, Seniority][] = [
  [/\b(?:intern(?:ship)?s?|co-?op|summer student|working student|apprentice(?:ship)?|trainee|werkstudent)\b/i, "intern"],
  [/\b(?:director|vp|vice president|head of|chief|cto|cfo|ceo|coo|cmo|(?:engineering|people|team|general|nurse|store|plant|branch|office|operations|ops|finance|sales|design|data|analytics|it|hr|lab(?:oratory)?|site|construction|engineering team) manager|manager,? (?:engineering|software|data|design))\b/i, "manager"],
  [/\b(?:staff|principal|distinguished|fellow)\b/i, "staff"],
  [/\b(?:senior(?!\s+(?:living|care|citizens?|services|home|centers?|community|housing|health))|sr\.?|snr)(?=\s|$|,)/i, "senior"],
  [/\b(?:lead|tech lead|team lead)\b/i, "senior"],
  [/\b(?:new grad(?:uate)?s?|graduate|grad|entry[- ]level|early[- ]career|university|campus|recent grad(?:uate)?|associate(?! (?:director|manager|vice|principal|partner)))\b/i, "entry"],
  [/\b(?:junior|jr\.?)(?=\s|$|,)/i, "junior"],
  [/\b(?:mid[- ]level|intermediate|mid[- ]senior)\b/i, "mid"],
];
// "Engineer II" style levels are weak evidence; years of experience override them.
const LEVELS: [RegExp, Seniority][] = [
  [/\b(?:iv|v|4|5|l[56])\s*$|\b(?:iv|v|l[56])\b/i, "senior"],
  [/\b(?:iii|3|l4)\s*$|\b(?:iii|l4)\b/i, "mid"],
  [/\b(?:ii|2|l3)\s*$|\b(?:ii|l3)\b/i, "junior"],
  [/\b(?:i|1|l[12])\s*$/i, "entry"],
];
const ENTRY_TEXT = /\b(?:no (?:prior |previous )?experience (?:required|necessary|needed)|new grad(?:uate)?s? (?:welcome|encouraged)|recent (?:college |university )?graduates?|entry[- ]level (?:role|position)|early[- ]career (?:role|position|candidates?|applicants?|program)|class of 20\d\d|graduating in 20\d\d|0\s*[-–]\s*[12] years?)\b/i;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const N = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)";
const YEARS = new RegExp(
  `(?:\\b(?:at least|minimum(?: of)?|min\\.?|over)\\s+)?\\b${N}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*${N}\\s*\\+?\\s*)?(?:\\(\\d+\\)\\s*)?(?:years?|yrs?)\\b['’]?([^.\\n;]{0,60})`,
  "gi",
);
const EXPERIENCE_TAIL = /^\s*(?:of\s+)?(?:(?:relevant|professional|industry|hands-on|practical|post[- ]\w+|work|full[- ]time|prior|related|proven|direct|clinical|commercial|progressive)\s+)*(?:experience|exp\b)|^\s*(?:of\s+)?(?:[\w+#&./-]+\s+){0,5}experience\b|^\s*(?:building|developing|designing|working|writing|programming|coding|shipping|leading|managing|in (?:a|an|the)?\s*\w+|as an? |with\s)/i;
/** Under a requirements heading "3+ years of board-level design" needs no "experience" word. */
const REQUIRED_TAIL = /^\s*(?:of|in|with|as|doing|building|developing|designing|working|running|managing|leading)\b/i;
const NOT_REQUIREMENT_TAIL = /^\s*(?:old|ago|history|of (?:history|operations?\b(?! experience))|in business|warranty|later)/i;

function toNumber(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/**
 * Minimum years of experience the posting requires. Years under a
 * "nice to have"/"preferred" heading, or on a line flagged as a plus, do not count.
 */
export function parseMinYears(text: string): number | null {
  let best: number | null = null;
  for (const section of splitSections(text)) {
    if (section.kind === "preferred") continue;
    for (const line of section.text.split("\n")) {
      if (!/\d|years?/i.test(line) || PREFERRED_LINE.test(line)) continue;
      YEARS.lastIndex = 0;
      for (let match = YEARS.exec(line); match; match = YEARS.exec(line)) {
        const tail = match[3] ?? "";
        if (NOT_REQUIREMENT_TAIL.test(tail)) continue;
        if (!EXPERIENCE_TAIL.test(tail) && !(section.kind === "required" && REQUIRED_TAIL.test(tail))) continue;
        const low = toNumber(match[1]);
        if (!Number.isFinite(low) || low > 20) continue;
        best = best === null ? low : Math.max(best, low);
      }
    }
  }
  return best;
}

function fromYears(years: number): Seniority {
  if (years <= 0) return "entry";
  if (years <= 2) return "junior";
  if (years <= 4) return "mid";
  return "senior";
}

/** Seniority from the title first, then the years asked for, then entry-level phrases. */
export function parseSeniority(title: string, text: string, employmentType: EmploymentType | null, minYears: number | null): Seniority | null {
  for (const [pattern, level] of TITLE_RULES) if (pattern.test(title)) return level;
  if (employmentType === "internship") return "intern";
  const level = LEVELS.find(([pattern]) => pattern.test(title.replace(/\([^)]*\)/g, "").trim()))?.[1] ?? null;
  if (minYears !== null) return fromYears(minYears);
  if (level) return level;
  if (ENTRY_TEXT.test(text)) return "entry";
  return null;
}
