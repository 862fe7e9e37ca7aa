import { extractSkills } from "@/lib/skills/extract";
import { requirementTexts } from "./sections";

export interface JobSkills {
  required: string[];
  preferred: string[];
}

const MAX_SKILLS = 30;

function names(text: string): string[] {
  return text.trim() ? extractSkills(text, { context: "prose" }).map((hit) => hit.name) : [];
}

/**
 * Required vs preferred skills: skills under "Requirements"-style headings are
 * required, under "Nice to have"-style headings (or on a line marked "a plus")
 * preferred. Postings without such headings count every skill as required.
 */
export function extractJobSkills(description: string, tags: string[] = []): JobSkills {
  const { required, preferred, hasSections } = requirementTexts(description);
  const preferredNames = names(preferred);
  const preferredSet = new Set(preferredNames);
  const requiredNames = names(hasSections && required.trim() ? required : description).filter((n) => !preferredSet.has(n));
  // Feed categories ("python, django") are skills lists when they name skills at all.
  const tagNames = names(tags.join(", ")).filter((n) => !preferredSet.has(n));
  const requiredAll = [...new Set([...requiredNames, ...tagNames])];
  const requiredSet = new Set(requiredAll);
  return {
    required: requiredAll.slice(0, MAX_SKILLS),
    preferred: preferredNames.filter((n) => !requiredSet.has(n)).slice(0, MAX_SKILLS),
  };
}
