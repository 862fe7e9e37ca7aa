import { PLACE_AUTH, PLACE_CITIZEN, PLACE_INTERN_OK, REGION_MEMBERS, placeCode } from "./places";

/** Where a student may work, read from the profile's authorization label and sponsorship answer. */
export interface WorkRights {
  /** Place codes → PLACE_AUTH | PLACE_CITIZEN | PLACE_INTERN_OK bits. */
  grants: Map<number, number>;
  /** Whether work rights at home can be assumed (no visa label, no stated need for sponsorship). */
  homeAssumed: boolean;
  /** Whether citizenship at home can be assumed too (nothing stated at all). */
  homeCitizen: boolean;
}

const VISA = /\b(?:f-?1|opt|cpt|h-?1b|tn visa|j-?1|visa)\b/i;
const PATTERNS: [RegExp, string[], number][] = [
  [/\b(?:us|u\.s\.a?\.?|united states|american)\b.*\bcitizen|\bcitizen\b.*\b(?:us|u\.s\.a?\.?|united states)\b/i, ["US"], PLACE_AUTH | PLACE_CITIZEN],
  [/\bpermanent resident|green card|authori[sz]ed to work in the (?:us|u\.s\.|united states)/i, ["US"], PLACE_AUTH],
  [/\bf-?1\b|\bopt\b|\bcpt\b/i, ["US"], PLACE_INTERN_OK],
  [/\b(?:eu|european union)\b.*\bcitizen|\bcitizen of the (?:eu|european union)/i, REGION_MEMBERS.EU as string[], PLACE_AUTH | PLACE_CITIZEN],
  [/\bauthori[sz]ed to work in (?:the )?(?:eu|european union)/i, REGION_MEMBERS.EU as string[], PLACE_AUTH],
  [/\bcanadian citizen|citizen of canada/i, ["CA"], PLACE_AUTH | PLACE_CITIZEN],
  [/\bauthori[sz]ed to work in canada|canadian permanent resident/i, ["CA"], PLACE_AUTH],
  [/\b(?:uk|british) citizen|citizen of the (?:uk|united kingdom)/i, ["GB"], PLACE_AUTH | PLACE_CITIZEN],
  [/\bauthori[sz]ed to work in the (?:uk|united kingdom)/i, ["GB"], PLACE_AUTH],
  [/\bindian citizen|citizen of india/i, ["IN"], PLACE_AUTH | PLACE_CITIZEN],
];

export function readWorkRights(label: string | null | undefined, needsSponsorship: boolean | null | undefined): WorkRights {
  const grants = new Map<number, number>();
  const text = label ?? "";
  for (const [pattern, countries, bits] of PATTERNS) {
    if (!pattern.test(text)) continue;
    for (const country of countries) {
      const code = placeCode(country);
      grants.set(code, (grants.get(code) ?? 0) | bits);
    }
  }
  // A student on a visa, or one who says they need sponsorship, is not assumed to be authorised at home.
  const homeAssumed = !VISA.test(text) && needsSponsorship !== true;
  return { grants, homeAssumed, homeCitizen: homeAssumed && !text.trim() };
}
