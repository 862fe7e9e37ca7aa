/**
 * The model answers with short factor codes instead of prose (a few tokens per
 * job instead of ~120); the app turns them into the phrases and the sentence
 * the student reads on the matches page and in the digest.
 */
export const MATCH_CODES = {
  skills_required: "You have the required skills",
  skills_most: "You have most of the required skills",
  skills_related: "Your skills are close equivalents of what it asks",
  level_fit: "The level suits a student or new graduate",
  experience_fit: "Your experience matches what it asks",
  location_fit: "The location works for you",
  remote_fit: "The work arrangement matches your preference",
  pay_fit: "The pay meets what you want",
  type_fit: "It is the kind of job you want",
  field_fit: "It is in the field you are preparing for",
  projects_relevant: "Your projects and coursework are relevant",
} as const;

export const MISMATCH_CODES = {
  skills_missing: "It asks for required skills you do not list",
  skills_partial: "One required skill is missing from your resume",
  level_senior: "The role is more senior than your experience",
  experience_gap: "It asks for more years of experience than you have",
  location_off: "The location does not match where you can work",
  remote_mismatch: "The work arrangement differs from your preference",
  sponsorship: "It may not sponsor the visa you need",
  pay_low: "The pay is below what you want",
  type_off: "It is not the kind of job you want",
  field_off: "It is outside the field you are preparing for",
} as const;

export type MatchCode = keyof typeof MATCH_CODES;
export type MismatchCode = keyof typeof MISMATCH_CODES;
export const MATCH_CODE_LIST = Object.keys(MATCH_CODES) as [MatchCode, ...MatchCode[]];
export const MISMATCH_CODE_LIST = Object.keys(MISMATCH_CODES) as [MismatchCode, ...MismatchCode[]];

const isMatch = (c: string): c is MatchCode => Object.hasOwn(MATCH_CODES, c);
const isMismatch = (c: string): c is MismatchCode => Object.hasOwn(MISMATCH_CODES, c);

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function verdict(score: number): string {
  if (score >= 90) return "An excellent fit";
  if (score >= 75) return "A strong fit";
  if (score >= 60) return "A reasonable fit worth a look";
  if (score >= 40) return "A partial fit";
  return "A weak fit";
}

/** Known codes only, once each, at most three of each kind. */
export function boundCodes(match: readonly string[], mismatch: readonly string[]): { match: MatchCode[]; mismatch: MismatchCode[] } {
  return { match: [...new Set(match.filter(isMatch))].slice(0, 3), mismatch: [...new Set(mismatch.filter(isMismatch))].slice(0, 3) };
}

/**
 * The sentence and phrases a student reads, from the model's score and codes:
 * "A strong fit: you have the required skills and the level suits a student or
 * new graduate. But it asks for more years of experience than you have."
 */
export function renderFactorCodes(score: number, match: readonly string[], mismatch: readonly string[]): { reasoning: string; match_factors: string[]; mismatch_factors: string[] } {
  const codes = boundCodes(match, mismatch);
  const pros = codes.match.map((c) => MATCH_CODES[c]);
  const cons = codes.mismatch.map((c) => MISMATCH_CODES[c]);
  const join = (parts: string[]) => (parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`);
  let reasoning = verdict(score);
  reasoning += pros.length ? `: ${join(pros.map(lower))}.` : ".";
  const gaps = join(cons.map(lower));
  if (cons.length) reasoning += pros.length ? ` But ${gaps}.` : ` ${gaps.charAt(0).toUpperCase()}${gaps.slice(1)}.`;
  return { reasoning, match_factors: pros, mismatch_factors: cons };
}
