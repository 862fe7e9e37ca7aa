import { BUSINESS_DESIGN_DOMAIN, BUSINESS_DESIGN_TOOLS } from "./lexicon-business-design";
import { DATA_SOFTWARE_DOMAIN, ENGINEERING_DOMAIN, ENGINEERING_TOOLS } from "./lexicon-data-engineering";
import { DISTINCT_DOMAIN, DISTINCT_TOOLS } from "./lexicon-distinct";
import { HEALTH_LIFE_DOMAIN, HEALTH_LIFE_TOOLS, SOFT_SKILLS } from "./lexicon-health-soft";
import { FRAMEWORKS_LIBRARIES, PROGRAMMING_LANGUAGES, SOFTWARE_TOOLS } from "./lexicon-software";
import { GENERAL_DOMAIN, SPECIALIST_DOMAIN, SPECIALIST_FRAMEWORKS, SPECIALIST_MORE_TOOLS, SPECIALIST_TOOLS } from "./lexicon-specialist";
import type { SkillDef } from "./types";

export type { AmbiguityRule, SkillCategory, SkillDef, SkillFieldOfWork } from "./types";
export { SKILL_CATEGORIES, SKILL_FIELDS_OF_WORK } from "./types";

/**
 * The canonical skill lexicon shared by the resume parser and the job-feed
 * normaliser. The data lives in per-field files written in a compact
 * one-line-per-skill notation (see define.ts); this is the single list.
 */
export const SKILLS: readonly SkillDef[] = Object.freeze([
  ...PROGRAMMING_LANGUAGES,
  ...FRAMEWORKS_LIBRARIES,
  ...SPECIALIST_FRAMEWORKS,
  ...SOFTWARE_TOOLS,
  ...BUSINESS_DESIGN_TOOLS,
  ...ENGINEERING_TOOLS,
  ...HEALTH_LIFE_TOOLS,
  ...SPECIALIST_TOOLS,
  ...SPECIALIST_MORE_TOOLS,
  ...DISTINCT_TOOLS,
  ...DATA_SOFTWARE_DOMAIN,
  ...ENGINEERING_DOMAIN,
  ...BUSINESS_DESIGN_DOMAIN,
  ...HEALTH_LIFE_DOMAIN,
  ...SPECIALIST_DOMAIN,
  ...GENERAL_DOMAIN,
  ...DISTINCT_DOMAIN,
  ...SOFT_SKILLS,
]);
