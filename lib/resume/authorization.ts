/**
 * Work-authorization statements → a canonical label and whether sponsorship
 * is needed. Labels are a closed vocabulary so they can be filtered on.
 */
export interface Authorization {
  work_authorization: string | null;
  needs_sponsorship: boolean | null;
}

const STATUSES: [RegExp, string, boolean | null][] = [
  [/\b(?:u\.?s\.?a?\.?|united states|american)\s+citizen(?:ship)?\b/i, "US Citizen", false],
  [/\b(?:u\.?s\.?\s+)?(?:permanent resident|green card(?: holder)?|lawful permanent resident)\b/i, "US Permanent Resident", false],
  [/\bstem\s+opt\b/i, "F-1 STEM OPT", null],
  [/\b(?:f-?1\s*(?:visa)?\s*[,/(-]?\s*)?opt\b/i, "F-1 OPT", null],
  // A bare "CPT" is as often a Certified Personal Trainer or a billing code: it needs F-1 or work-permission words nearby.
  [/\bf-?1\s*(?:visa)?\s*[,/(-]?\s*cpt\b|\bcurricular practical training\b|\b(?:eligible for|on|via|through|with|authori[sz]ed (?:for|under))\s+cpt\b|\bcpt\s+(?:authori[sz]ation|eligible|eligibility)\b/i, "F-1 CPT", null],
  [/\bf-?1\b(?:\s+(?:student\s+)?visa)?/i, "F-1 Student Visa", null],
  // "I will need H-1B sponsorship" asks for a visa; it is not holding one.
  [/(?<!\b(?:need|needs|require|requires|requiring|for|an?)\s+)\bh-?1b\b(?!\s+(?:visa\s+)?(?:sponsorship|transfer))/i, "H-1B", true],
  [/\btn\s+visa\b/i, "TN Visa", null],
  [/\beu\s+citizen(?:ship)?\b|\bcitizen of the (?:eu|european union)\b/i, "EU Citizen", false],
  [/\b(?:canadian)\s+citizen(?:ship)?\b/i, "Canadian Citizen", false],
  [/\b(?:uk|british)\s+citizen(?:ship)?\b/i, "UK Citizen", false],
  [/\bauthori[sz]ed to work in the (?:u\.?s\.?a?\.?|united states)\b/i, "Authorized to work in the US", null],
  [/\bauthori[sz]ed to work in (?:the )?(?:eu|european union)\b/i, "Authorized to work in the EU", false],
  [/\bauthori[sz]ed to work in canada\b/i, "Authorized to work in Canada", false],
  [/\bauthori[sz]ed to work in the (?:uk|united kingdom)\b/i, "Authorized to work in the UK", false],
];
const NEEDS = /\b(?:will|would|do|does|to)?\s*(?:require|need|requires|needs|requiring|seeking)\s+(?:(?:future|visa|h-?1b|employer|work|an?)\s+){0,3}sponsorship\b|\bsponsorship\s+(?:required|needed)\b/i;
const NO_NEED = /\b(?:no|not|without|never)\b[^.\n]{0,40}\bsponsorship\b|\bsponsorship\s+(?:not\s+(?:required|needed))\b/i;

export function extractAuthorization(lines: string[]): Authorization {
  let label: string | null = null;
  let sponsorship: boolean | null = null;
  let statedSponsorship: boolean | null = null;
  for (const line of lines) {
    if (!label) {
      // The status mentioned first wins: "authorized to work in the US; will need H-1B sponsorship".
      // A named status beats the generic phrase around it: "authorized to work in the US on F-1 OPT".
      let firstAt = Infinity;
      for (const [re, name, needs] of STATUSES) {
        const m = re.exec(line);
        const generic = name.startsWith("Authorized to work");
        const at = m ? m.index + (generic ? line.length : 0) : Infinity;
        if (at < firstAt) {
          firstAt = at;
          label = name;
          sponsorship = needs;
        }
      }
    }
    if (statedSponsorship === null) {
      if (NO_NEED.test(line)) statedSponsorship = false;
      else if (NEEDS.test(line)) statedSponsorship = true;
    }
  }
  // "F-1 student visa; eligible for CPT": the specific work permission is the answer.
  if (label === "F-1 Student Visa") {
    const specific = lines.some((l) => /\bstem\s+opt\b/i.test(l)) ? "F-1 STEM OPT" : lines.some((l) => /\bopt\b/i.test(l)) ? "F-1 OPT" : lines.some((l) => /\bcpt\b/i.test(l) && /\b(?:f-?1|eligib|authori[sz]|practical training|visa)/i.test(l)) ? "F-1 CPT" : null;
    if (specific) label = specific;
  }
  // An explicit sponsorship sentence wins; "authorized to work" alone implies none is needed.
  if (statedSponsorship !== null) sponsorship = statedSponsorship;
  else if (label === "Authorized to work in the US") sponsorship = false;
  return { work_authorization: label, needs_sponsorship: label || statedSponsorship !== null ? sponsorship : null };
}
