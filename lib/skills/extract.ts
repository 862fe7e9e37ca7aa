import { SKILLS } from "./lexicon";
import { SKILL_INDEX, type IndexEntry } from "./skill-index";
import { skillKey, tokenize, type Token } from "./tokenize";
import type { SkillCategory, SkillDef } from "./types";

export interface SkillHit {
  name: string;
  category: SkillCategory;
  count: number;
  /** Character offset of the first mention. */
  firstIndex: number;
}

export interface ExtractSkillsOptions {
  /** "skills_list" (a resume's skills section) relaxes the rules for ambiguous names. */
  context?: "skills_list" | "prose";
}

// Words after an ambiguous name that show it is the ordinary word ("Spring 2024", "Go to", "React to").
const REJECT_NEXT = new Set(["semester", "term", "break", "quarter", "session", "to", "at", "of", "the", "scout", "up", "out"]);
const YEAR_RE = /^(?:19|20)?\d{2}$/;
const LIST_BEFORE = new Set([",", "/", "(", "|", ";", ":", "•", "·"]);
const LIST_AFTER = new Set([",", "/", ")", "|", ";"]);
const GLUE = new Set(["-", "&", "'", "’", "@", "_"]);
const SENTENCE_START = new Set([".", "!", "?", "\n", "•", "-", "*", "–", "·", ":"]);
const CONJUNCTIONS = new Set(["and", "or", "&"]);

/**
 * Finds canonical skills in free text with one tokenisation pass and greedy
 * longest-match n-gram look-ups (no per-skill regexes), so it stays cheap on
 * thousands of job descriptions. Ambiguous spellings ("Go", "R", "Excel",
 * "Spring") only count with the context their rule asks for.
 */
export function extractSkills(text: string, options: ExtractSkillsOptions = {}): SkillHit[] {
  const listContext = options.context === "skills_list";
  const tokens = tokenize(text);
  const hits = new Map<string, SkillHit>();
  const { byKey, prefixes, maxTokens } = SKILL_INDEX;

  for (let i = 0; i < tokens.length; ) {
    let key = tokens[i].norm;
    let matched: { entry: IndexEntry; length: number } | undefined;
    for (let len = 1; len <= maxTokens && i + len <= tokens.length; len++) {
      if (len > 1) {
        if (!prefixes.has(key)) break;
        key += " " + tokens[i + len - 1].norm;
      }
      const entry = byKey.get(key);
      if (entry && accepts(entry, tokens, i, len, text, listContext)) matched = { entry, length: len };
    }
    if (!matched) {
      i += 1;
      continue;
    }
    const { skill } = matched.entry;
    const hit = hits.get(skill.name);
    if (hit) hit.count += 1;
    else hits.set(skill.name, { name: skill.name, category: skill.category, count: 1, firstIndex: tokens[i].start });
    i += matched.length;
  }
  return [...hits.values()].sort((a, b) => a.firstIndex - b.firstIndex);
}

function accepts(entry: IndexEntry, tokens: Token[], i: number, len: number, text: string, listContext: boolean): boolean {
  if (!entry.rule) return true;
  const first = tokens[i];
  const last = tokens[i + len - 1];
  // Glued to a neighbour ("R&D", "C-suite", "Go-to-market"): a different word.
  if (GLUE.has(text[first.start - 1]) || GLUE.has(text[last.end])) return false;
  if (text[last.end] === "." && /[\p{L}\p{N}]/u.test(text[last.end + 1] ?? "")) return false;
  const next = tokens[i + len];
  if (next && (REJECT_NEXT.has(next.norm) || YEAR_RE.test(next.norm))) return false;
  if (listContext) return true;

  const rawTokens = entry.rawTokens ?? [];
  for (let k = 0; k < len; k++) if (tokens[i + k].raw !== rawTokens[k]) return false;
  if (entry.rule === "case") return true;
  const inList = isInList(tokens, i, len, text);
  if (entry.rule === "list") return inList;
  return inList || !SENTENCE_START.has(previousVisibleChar(text, first.start) ?? "\n");
}

function isInList(tokens: Token[], i: number, len: number, text: string): boolean {
  const before = previousVisibleChar(text, tokens[i].start);
  const after = nextVisibleChar(text, tokens[i + len - 1].end);
  if ((before && LIST_BEFORE.has(before)) || (after && LIST_AFTER.has(after))) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + len];
  if (prev && CONJUNCTIONS.has(prev.norm) && isPlainSkill(tokens[i - 2])) return true;
  return Boolean(next && CONJUNCTIONS.has(next.norm) && isPlainSkill(tokens[i + len + 1]));
}

function isPlainSkill(token: Token | undefined): boolean {
  const entry = token && SKILL_INDEX.byKey.get(token.norm);
  return Boolean(entry);
}

function previousVisibleChar(text: string, from: number): string | undefined {
  for (let k = from - 1; k >= 0; k--) if (text[k] !== " " && text[k] !== "\t") return text[k];
  return undefined;
}

function nextVisibleChar(text: string, from: number): string | undefined {
  for (let k = from; k < text.length; k++) if (text[k] !== " " && text[k] !== "\t") return text[k];
  return undefined;
}

const ANY_SPELLING = new Map<string, SkillDef>();
for (const skill of SKILLS) {
  for (const spelling of [skill.name, ...skill.aliases, ...Object.keys(skill.ambiguous ?? {})]) {
    const key = skillKey(spelling);
    if (key && !ANY_SPELLING.has(key)) ANY_SPELLING.set(key, skill);
  }
}

/** Looks a skill up by canonical name or any alias, case-insensitively (ambiguous spellings included). */
export function findSkill(nameOrAlias: string): SkillDef | undefined {
  const key = skillKey(nameOrAlias);
  return SKILL_INDEX.byName.get(key) ?? ANY_SPELLING.get(key);
}

/** Canonical names of the skills the given one implies or sits close to. */
export function relatedSkills(name: string): string[] {
  return [...(findSkill(name)?.related ?? [])];
}

export function skillCategory(name: string): SkillCategory | undefined {
  return findSkill(name)?.category;
}

/** The canonical display name for any spelling, or undefined when it is not in the lexicon. */
export function canonicalSkillName(nameOrAlias: string): string | undefined {
  return findSkill(nameOrAlias)?.name;
}
