/** Industries that a company name or field of study makes evident; nothing is guessed beyond that. */
const INDUSTRY_HINTS: [RegExp, string][] = [
  [/\b(?:hospital|clinic|health|healthcare|medical|nursing|care center|pharmacy)\b/i, "Healthcare"],
  [/\b(?:pharma\w*|therapeutics|biotech\w*|biosciences|genomics|bio\b|biologics)\b/i, "Biotechnology"],
  [/\b(?:bank|banking|capital|securities|investments?|financial|credit union|asset management|wealth)\b/i, "Financial Services"],
  [/\b(?:accounting|cpa|deloitte|pwc|kpmg|ernst)\b/i, "Accounting"],
  [/\b(?:software|technologies|tech|labs|cloud|ai|data|systems|digital|app|google|microsoft|amazon|meta|apple)\b/i, "Technology"],
  [/\b(?:construction|builders|building|contractors|structural|infrastructure|civil)\b/i, "Construction & Engineering"],
  [/\b(?:consulting|consultants|advisors|advisory|partners)\b/i, "Consulting"],
  [/\b(?:agency|marketing|media|advertising|creative|communications|pr)\b/i, "Marketing & Advertising"],
  [/\b(?:motors|automotive|auto)\b/i, "Automotive"],
  [/\b(?:aerospace|aviation|aircraft|space)\b/i, "Aerospace"],
  [/\b(?:energy|power|utilities|electric|solar|oil|gas)\b/i, "Energy"],
  [/\b(?:semiconductor|electronics|instruments|devices)\b/i, "Electronics"],
  [/\b(?:manufacturing|industries|industrial|machinery)\b/i, "Manufacturing"],
  [/\b(?:retail|store|stores|shop|market|grocery)\b/i, "Retail"],
  [/\b(?:university|college|school|academy|education)\b/i, "Education"],
  [/\b(?:design studio|studio|studios)\b/i, "Design"],
];

export function inferIndustries(companies: string[]): string[] {
  const found = new Set<string>();
  for (const company of companies) {
    for (const [re, industry] of INDUSTRY_HINTS) {
      if (re.test(company)) {
        found.add(industry);
        break;
      }
    }
  }
  return [...found];
}
