/** The five skill columns of a profile (see lib/profile/schema.ts). */
export const SKILL_CATEGORIES = [
  "programming_languages",
  "frameworks_libraries",
  "tools_platforms",
  "soft_skills",
  "domain_skills",
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export const SKILL_FIELDS_OF_WORK = [
  "software",
  "data",
  "electrical",
  "mechanical",
  "civil",
  "design",
  "business",
  "finance",
  "marketing",
  "healthcare",
  "life_sciences",
  "general",
] as const;
export type SkillFieldOfWork = (typeof SKILL_FIELDS_OF_WORK)[number];

/**
 * How much context an ambiguous alias needs before it counts as the skill:
 * - "case": must match with the exact casing in prose ("ML", not "ml" as in 5 ml)
 * - "word": exact casing and not at a sentence start unless in a list ("Excel", "React", "Swift")
 * - "list": exact casing and inside a list of skills in prose ("Go", "R", "C")
 * In a skills-list context all of them match case-insensitively.
 */
export type AmbiguityRule = "case" | "word" | "list";

export interface SkillDef {
  /** Canonical display name, e.g. "PostgreSQL". */
  name: string;
  category: SkillCategory;
  /** Other spellings that always mean this skill (the name itself is implied). */
  aliases: string[];
  /** Spellings (possibly the name itself) that only count with enough context. */
  ambiguous?: Record<string, AmbiguityRule>;
  /** Canonical names of skills this one implies or is close to. */
  related?: string[];
  fields: SkillFieldOfWork[];
}
