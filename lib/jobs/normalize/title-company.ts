import { CITIES, COUNTRY_ALIASES } from "./location-data";

export interface TitleParts {
  title: string;
  company: string | null;
  /** A location embedded in the title ("Role | Company | Location", "Role - Company (Location)"). */
  location: string | null;
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;
const NOISE = [
  /\s*[[(](?:remote|fully remote|100% remote|hybrid|on-?site|wfh|urgent(?:ly hiring)?|hiring now|new|hot|closed|filled|f\/m\/d|m\/f\/d|w\/m\/d|m\/w\/d|all genders|h\/f|f\/h)[\])]/gi,
  /\s*[-–—|:!]\s*(?:hiring now|urgent(?:ly)? hiring|urgent|immediate start|apply now|apply today|now hiring|we'?re hiring)!*\s*$/gi,
  /^\s*(?:hiring now|urgent(?:ly)? hiring|urgent|now hiring|we'?re hiring)\s*[-–—|:!]+\s*/gi,
  /\s*[-–—,]\s*(?:remote|fully remote)\s*$/gi,
];
const ROLE_WORDS = /\b(?:engineer|developer|designer|analyst|manager|scientist|intern|internship|nurse|technician|specialist|associate|coordinator|consultant|accountant|director|lead|architect|administrator|assistant|representative|executive|officer|researcher|writer|programmer|co-?op|graduate|trainee|apprentice|head|vp|president|recruiter|strategist|marketer|planner|auditor|therapist|pharmacist|technologist|operator|advisor|controller|editor|producer|chemist|biologist|physicist|mechanic|electrician|drafter|surveyor|inspector|clerk|cashier|agent)s?\b/i;
const QUALIFIER = /^(?:backend|back-end|frontend|front-end|full[- ]?stack|platform|infrastructure|mobile|ios|android|data|ml|ai|payments|growth|security|remote|contract|part[- ]time|full[- ]time|temporary|summer \d{4}|fall \d{4}|spring \d{4}|winter \d{4}|\d{4}|new grad|entry level|i{1,3}|iv|v|level \d|l\d)$/i;

export function cleanTitle(title: string): string {
  let out = title.replace(EMOJI, " ");
  for (const pattern of NOISE) out = out.replace(pattern, "");
  return out.replace(/\s+/g, " ").replace(/^[\s\-–—|:,]+|[\s\-–—|:,]+$/g, "").trim();
}

function sameCompany(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return norm(a) === norm(b) || (norm(b).length > 3 && norm(a).startsWith(norm(b)));
}

/** "(Austin, TX)", "(Remote)", "(London)" read as places; "(Go)", "(iOS)", "(Nights)" do not. */
function looksLikePlace(text: string): boolean {
  const lower = text.toLowerCase().trim();
  return /,|\b(?:remote|hybrid|on-?site|anywhere|worldwide)\b/i.test(text) || lower in CITIES || lower in COUNTRY_ALIASES;
}

function trailingLocation(text: string, strict = false): { rest: string; location: string | null } {
  const match = /^(.*?\S)\s*\(((?:[^()]|\([^()]*\)){2,60})\)\s*$/.exec(text);
  const inner = match?.[2].trim() ?? "";
  if (match && !ROLE_WORDS.test(inner) && !QUALIFIER.test(inner) && (!strict || looksLikePlace(inner))) return { rest: match[1], location: inner };
  return { rest: text, location: null };
}

/**
 * Splits feed titles into role / company / location: "Company: Role",
 * "Role at Company", "Role | Company | Location", "Role - Company (Location)".
 * A company the feed states separately wins, and is stripped from the title.
 */
export function splitTitleCompany(rawTitle: string, companyHint?: string | null): TitleParts {
  const hint = companyHint?.trim() || null;
  const title = cleanTitle(rawTitle);

  const pipes = title.split(/\s+\|\s+/);
  if (pipes.length >= 2) {
    const [role, second, third] = pipes;
    const secondIsCompany = !ROLE_WORDS.test(second) || (hint !== null && sameCompany(second, hint));
    if (secondIsCompany) return { title: cleanTitle(role), company: hint ?? second.trim(), location: third?.trim() || null };
  }

  const colon = /^([^:]{2,60}):\s+(.+)$/.exec(title);
  if (colon && (hint ? sameCompany(colon[1], hint) : !ROLE_WORDS.test(colon[1]) && ROLE_WORDS.test(colon[2]))) {
    const { rest, location } = trailingLocation(colon[2]);
    return { title: cleanTitle(rest), company: hint ?? colon[1].trim(), location };
  }

  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(title);
  if (at && ROLE_WORDS.test(at[1]) && !ROLE_WORDS.test(at[2].replace(/\([^)]*\)/g, ""))) {
    const { rest, location } = trailingLocation(at[2]);
    return { title: cleanTitle(at[1]), company: hint ?? rest.trim(), location };
  }

  const dash = /^(.+)\s+[-–—]\s+(.+)$/.exec(title);
  if (dash) {
    const { rest, location } = trailingLocation(dash[2]);
    const right = rest.trim();
    const rightIsCompany = hint ? sameCompany(right, hint) : !ROLE_WORDS.test(right) && !QUALIFIER.test(right) && ROLE_WORDS.test(dash[1]);
    if (rightIsCompany) return { title: cleanTitle(dash[1]), company: hint ?? right, location };
  }

  const { rest, location } = trailingLocation(title, true);
  return { title: rest, company: hint, location };
}
