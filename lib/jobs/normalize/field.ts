import { findSkill } from "@/lib/skills/extract";
import type { JobField } from "../types";

// First match on the title wins, so specific families come before broad words like "engineer".
const TITLE_RULES: [RegExp, JobField][] = [
  [/\b(?:nurse|nursing|rn|lpn|cna|physician|therapist|pharmacist|pharmacy|medical assistant|patient|clinic(?:al)? (?!research)|clinician|dental|hygienist|paramedic|emt|caregiver|care assistant|healthcare|health care|radiolog|sonograph|phlebotom|dietitian|midwife)\w*\b/i, "healthcare"],
  [/\b(?:biolog|microbiolog|molecular|biotech|laboratory|lab (?:technician|assistant|associate|scientist)|research (?:associate|assistant)|chemist|biochem|clinical research|genomic|immunolog|cell culture|toxicolog|bioprocess|life science|scientist(?! .*data)|pharmacolog)\w*\b/i, "life_sciences"],
  [/\b(?:data|machine learning|ml|ai|analytics|bi|business intelligence|statistic\w*|quantitative|deep learning|nlp|computer vision)\b/i, "data"],
  [/\b(?:ux|ui|product design(?:er)?|graphic|visual|designer|illustrator|interaction|user research(?:er)?|motion)\b/i, "design"],
  [/\b(?:electrical|electronics?|hardware|pcb|rf|power systems?|embedded|fpga|asic|semiconductor|controls? engineer|instrumentation)\b/i, "electrical"],
  [/\b(?:mechanical|manufacturing|hvac|aerospace|automotive|mechatronics|robotics|cad|process engineer|quality engineer|thermal|propulsion)\b/i, "mechanical"],
  [/\b(?:civil|structural|geotechnical|transportation engineer|construction|surveyor|water resources|environmental engineer|site engineer|estimator)\b/i, "civil"],
  [/\b(?:software|developer|programmer|devops|sre|site reliability|frontend|front-end|backend|back-end|full[- ]?stack|web|mobile|ios|android|qa|test automation|security engineer|cloud|platform engineer|infrastructure engineer|engineer(?:ing)? intern)\b/i, "software"],
  [/\b(?:account(?:ant|ing)|audit(?:or)?|tax|financ\w*|investment|treasury|controller|bookkeep\w*|actuar\w*|underwrit\w*|fp&a|credit|banking|equity research|payroll|wealth)\b/i, "finance"],
  [/\b(?:marketing|seo|sem|content|social media|brand|growth|communications|pr|copywriter|public relations|campaign|demand gen\w*)\b/i, "marketing"],
  [/\b(?:business analyst|operations|sales|account executive|account manager|business development|consultant|product manager|project manager|program manager|hr|human resources|recruit\w*|talent|customer success|supply chain|logistics|procurement|strategy|management trainee|office manager|administrat\w*)\b/i, "business"],
];

/** The job family, from the title first and, failing that, from the fields of its skills. */
export function classifyField(title: string, skills: string[]): JobField {
  for (const [pattern, field] of TITLE_RULES) if (pattern.test(title)) return field;
  const votes = new Map<JobField, number>();
  for (const name of skills) {
    for (const field of findSkill(name)?.fields ?? []) {
      if (field !== "general") votes.set(field, (votes.get(field) ?? 0) + 1);
    }
  }
  let best: JobField = "other";
  let bestVotes = 1; // one stray skill is not enough
  for (const [field, count] of votes) if (count > bestVotes) [best, bestVotes] = [field, count];
  return best;
}
