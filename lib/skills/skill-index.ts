import { SKILLS } from "./lexicon";
import { skillKey, tokenize } from "./tokenize";
import type { AmbiguityRule, SkillDef } from "./types";

/** What an n-gram key can mean: a skill, and for ambiguous spellings the rule and exact tokens. */
export interface IndexEntry {
  skill: SkillDef;
  rule?: AmbiguityRule;
  /** The alias tokens as written in the lexicon, for case-sensitive comparison. */
  rawTokens?: string[];
}

export interface SkillIndex {
  byKey: Map<string, IndexEntry>;
  /** Every proper prefix of a multi-token key, so n-gram growth can stop early. */
  prefixes: Set<string>;
  maxTokens: number;
  byName: Map<string, SkillDef>;
}

/** Built once at module load: all matching afterwards is Map look-ups. */
export function buildSkillIndex(skills: readonly SkillDef[]): SkillIndex {
  const byKey = new Map<string, IndexEntry>();
  const prefixes = new Set<string>();
  const byName = new Map<string, SkillDef>();
  let maxTokens = 1;

  const add = (spelling: string, entry: IndexEntry) => {
    const tokens = tokenize(spelling).map((t) => t.norm);
    if (!tokens.length) return;
    const key = tokens.join(" ");
    const existing = byKey.get(key);
    // An unambiguous spelling beats an ambiguous one; otherwise the first skill listed wins.
    if (existing && (existing.rule === undefined || entry.rule !== undefined)) return;
    byKey.set(key, entry);
    maxTokens = Math.max(maxTokens, tokens.length);
    for (let n = 1; n < tokens.length; n++) prefixes.add(tokens.slice(0, n).join(" "));
  };

  for (const skill of skills) {
    byName.set(skillKey(skill.name), skill);
    const ambiguous = skill.ambiguous ?? {};
    if (!(skill.name in ambiguous)) add(skill.name, { skill });
    for (const alias of skill.aliases) add(alias, { skill });
    for (const [alias, rule] of Object.entries(ambiguous)) {
      add(alias, { skill, rule, rawTokens: tokenize(alias).map((t) => t.raw) });
    }
  }
  return { byKey, prefixes, maxTokens, byName };
}

export const SKILL_INDEX: SkillIndex = buildSkillIndex(SKILLS);
