import type { EmploymentType } from "../types";

const FROM_FIELD: [RegExp, EmploymentType][] = [
  [/\b(?:intern(?:ship)?|co-?op|trainee|apprentice(?:ship)?|placement|working student)\b/i, "internship"],
  [/\b(?:contract(?:or)?|freelance|temp(?:orary)?|fixed[- ]term|seasonal|consultant|c2h|contract[- ]to[- ]hire)\b/i, "contract"],
  [/\bpart[- ]?time\b/i, "part-time"],
  [/\b(?:full[- ]?time|permanent|regular|salaried|ft)\b/i, "full-time"],
];
const TITLE_INTERN = /\b(?:intern(?:ship)?s?|co-?op|summer student|working student|apprentice(?:ship)?|trainee)\b/i;
const TITLE_CONTRACT = /\b(?:contract(?:or)?|freelance|temporary|temp|fixed[- ]term|\d+[- ]months?)\b/i;
const TITLE_PART_TIME = /\bpart[- ]?time\b/i;
// Description phrases strong enough to trust; bare "contract" or "internship" appear in unrelated prose.
const TEXT_RULES: [RegExp, EmploymentType][] = [
  [/\bthis (?:is a |role is a |position is a )?(?:paid )?(?:summer |fall |spring |\d+[- ]week |\d+[- ]month )?internship\b|\binternship (?:program|runs|starts|lasts|duration)\b/i, "internship"],
  [/\b(?:contract[- ]to[- ]hire|fixed[- ]term contract|\d+[- ]month contract|contract (?:role|position|engagement|assignment)|this is a contract)\b/i, "contract"],
  [/\b(?:part[- ]time (?:role|position|schedule|job)|this is a part[- ]time)\b|\b\d{1,2}(?:\s*[-–]\s*\d{1,2})? hours (?:per|a|\/) week\b(?=[^.]{0,40}part)/i, "part-time"],
  [/\bfull[- ]time\b/i, "full-time"],
  [/\bpart[- ]time\b/i, "part-time"],
];

/** The source's own employment field first, then the title, then firm phrases in the description. */
export function parseEmploymentType(field: string | null | undefined, title: string, text = ""): EmploymentType | null {
  if (TITLE_INTERN.test(title)) return "internship";
  if (field) {
    const compact = field.replace(/([a-z])([A-Z])/g, "$1 $2"); // Ashby: "FullTime", "PartTime"
    for (const [pattern, type] of FROM_FIELD) if (pattern.test(compact)) return type;
  }
  if (TITLE_CONTRACT.test(title)) return "contract";
  if (TITLE_PART_TIME.test(title)) return "part-time";
  const head = text.slice(0, 6_000);
  for (const [pattern, type] of TEXT_RULES) if (pattern.test(head)) return type;
  return null;
}
