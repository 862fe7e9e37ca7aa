import type { AmbiguityRule, SkillCategory, SkillDef, SkillFieldOfWork } from "./types";

const RULE_BY_MARK: Record<string, AmbiguityRule> = { "=": "case", "~": "word", "!": "list" };

/**
 * Parses the compact lexicon notation so the data files stay readable:
 * one skill per line, `Name | alias, alias | field field | Related, Related`.
 * A leading `=`, `~` or `!` on the name or an alias marks it ambiguous
 * (rules "case", "word", "list"; see AmbiguityRule).
 */
export function defineSkills(category: SkillCategory, table: string): SkillDef[] {
  const defs: SkillDef[] = [];
  for (const rawLine of table.split("\n")) {
    const line = rawLine.trim();
    if (!line || line.startsWith("#")) continue;
    const [nameCell, aliasCell = "", fieldCell = "", relatedCell = ""] = line.split("|").map((c) => c.trim());
    const ambiguous: Record<string, AmbiguityRule> = {};
    const name = stripMark(nameCell, ambiguous);
    const aliases = splitList(aliasCell).map((a) => stripMark(a, ambiguous)).filter((a) => !(a in ambiguous));
    const fields = (fieldCell.split(/\s+/).filter(Boolean) as SkillFieldOfWork[]);
    const related = splitList(relatedCell);
    const def: SkillDef = { name, category, aliases, fields: fields.length ? fields : ["general"] };
    if (Object.keys(ambiguous).length) def.ambiguous = ambiguous;
    if (related.length) def.related = related;
    defs.push(def);
  }
  return defs;
}

function stripMark(value: string, ambiguous: Record<string, AmbiguityRule>): string {
  const rule = RULE_BY_MARK[value[0]];
  if (!rule) return value;
  const bare = value.slice(1);
  ambiguous[bare] = rule;
  return bare;
}

function splitList(cell: string): string[] {
  return cell.split(",").map((s) => s.trim()).filter(Boolean);
}
