import { extractSkills, type SkillHit } from "@/lib/skills/extract";
import { findDateRanges } from "./dates";

/**
 * Items of a skills section the lexicon does not know ("Succession Planning",
 * "Oasys GSA"): a student listed them as skills, so they are kept as written,
 * as domain skills. Only short, name-like items count; anything sentence-like,
 * numeric, a standard's number ("IEC 61439") or already matched by the lexicon
 * is left alone.
 */
const ITEM = /^[A-Z0-9][A-Za-z0-9&/+#.' -]{1,40}$/;
const NOT_A_SKILL = /\b(?:and|with|for|in|of|the|years?|native|fluent|conversational|proficient|basic|advanced|intermediate|candidate|eligible|pending|passed|expected)\b/i;
const STANDARD = /^[A-Z]{2,6}(?:\/[A-Z]{2,6})?\s\d{2,6}(?:[-.:]\d+)*$/;
const PROFICIENCY = /^(?:native|fluent|conversational|proficient|basic|advanced|intermediate|working|professional)\s+/i;
const SPOKEN =
  /^(?:english|spanish|french|german|italian|portuguese|dutch|polish|russian|arabic|hebrew|hindi|urdu|bengali|punjabi|tamil|telugu|malayalam|kannada|marathi|gujarati|mandarin|cantonese|chinese|japanese|korean|vietnamese|tagalog|filipino|thai|indonesian|malay|swahili|turkish|persian|farsi|greek|ukrainian|asl|american sign language)$/i;

export function unlistedSkillItems(line: string): SkillHit[] {
  const label = /^([A-Za-z &/]{2,30}):\s+/.exec(line.replace(/^- /, ""))?.[1];
  const body = line.replace(/^- /, "").replace(/^[A-Za-z &/]{2,30}:\s+/, "");
  // A "Languages:" line is the languages field; a language among the skills
  // ("Spanish (fluent)" in a nurse's list) is a skill the student chose to
  // list. English, the resume's own language, is not.
  const languagesLine = label !== undefined && /\blanguages?\b/i.test(label) && !/programming|coding|computer/i.test(label);
  const out: SkillHit[] = [];
  // "Conduit bending (EMT, rigid)": a note in parentheses goes before the list is split, commas and all.
  for (const raw of body.replace(/\s*\([^()]*\)/g, " ").split(/\s*[,;|•·]\s*/)) {
    const item = raw.trim();
    const spoken = item.replace(PROFICIENCY, "");
    if (SPOKEN.test(spoken)) {
      if (!languagesLine && !/^english$/i.test(spoken)) out.push({ name: titleCase(spoken), category: "domain_skills", count: 1, firstIndex: 0 });
      continue;
    }
    if (!ITEM.test(item) || item.split(/\s+/).length > 4 || NOT_A_SKILL.test(item) || STANDARD.test(item) || /^\d+$/.test(item) || findDateRanges(item).length) continue;
    if (extractSkills(item, { context: "skills_list" }).length) continue;
    out.push({ name: item, category: "domain_skills", count: 1, firstIndex: 0 });
  }
  return out;
}

function titleCase(words: string): string {
  return words.length <= 3 ? words.toUpperCase() : words.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
