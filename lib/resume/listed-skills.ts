import { extractSkills, type SkillHit } from "@/lib/skills/extract";

/**
 * Items of a skills section the lexicon does not know ("Succession Planning",
 * "Oasys GSA"): a student listed them as skills, so they are kept as written,
 * as domain skills. Only short, name-like items count; anything sentence-like,
 * numeric or already matched by the lexicon is left alone.
 */
const ITEM = /^[A-Z0-9][A-Za-z0-9&/+#.' -]{1,40}$/;
const NOT_A_SKILL = /\b(?:and|with|for|in|of|the|years?|native|fluent|conversational|proficient|basic|advanced|intermediate)\b/i;
// Spoken languages listed among skills are languages, not skills.
const SPOKEN =
  /^(?:english|spanish|french|german|italian|portuguese|dutch|polish|russian|arabic|hebrew|hindi|urdu|bengali|punjabi|tamil|telugu|malayalam|kannada|marathi|gujarati|mandarin|cantonese|chinese|japanese|korean|vietnamese|tagalog|filipino|thai|indonesian|malay|swahili|turkish|persian|farsi|greek|ukrainian|asl|american sign language)$/i;

export function unlistedSkillItems(line: string): SkillHit[] {
  const body = line.replace(/^- /, "").replace(/^[A-Za-z &/]{2,30}:\s+/, "");
  const out: SkillHit[] = [];
  for (const raw of body.split(/\s*[,;|•·]\s*/)) {
    const item = raw.replace(/\s*\([^)]*\)\s*/g, " ").trim();
    if (!ITEM.test(item) || item.split(/\s+/).length > 4 || NOT_A_SKILL.test(item) || SPOKEN.test(item) || /^\d+$/.test(item)) continue;
    if (extractSkills(item, { context: "skills_list" }).length) continue;
    out.push({ name: item, category: "domain_skills", count: 1, firstIndex: 0 });
  }
  return out;
}
