import { findSkill } from "@/lib/skills/extract";
import { SKILLS } from "@/lib/skills/lexicon";
import { JOB_FIELDS, type JobField } from "@/lib/jobs/types";

/**
 * The skill lexicon as dense integer ids, so a (profile, job) pair compares
 * skills with bit tests instead of strings. Ids are positions in SKILLS.
 */
export const SKILL_COUNT = SKILLS.length;
export const SKILL_WORDS = Math.ceil(SKILL_COUNT / 32);

const ID_BY_NAME = new Map<string, number>(SKILLS.map((s, i) => [s.name, i]));

/** 1 for soft skills ("Communication"): on every resume and posting, so they weigh little. */
export const SOFT_SKILL = new Uint8Array(SKILL_COUNT);
/** Job field indexes (lib/jobs/types JOB_FIELDS) each skill belongs to. */
export const SKILL_FIELD_IDS: readonly (readonly number[])[] = SKILLS.map((s) =>
  s.fields.map((f) => JOB_FIELDS.indexOf(f as JobField)).filter((i) => i >= 0),
);
/** Related skills in both directions: PyTorch → Deep Learning, and Deep Learning → PyTorch. */
export const RELATED_IDS: readonly number[][] = SKILLS.map(() => []);

SKILLS.forEach((skill, id) => {
  if (skill.category === "soft_skills") SOFT_SKILL[id] = 1;
  for (const name of skill.related ?? []) {
    const other = ID_BY_NAME.get(name) ?? ID_BY_NAME.get(findSkill(name)?.name ?? "");
    if (other === undefined || other === id) continue;
    if (!RELATED_IDS[id].includes(other)) RELATED_IDS[id].push(other);
    if (!RELATED_IDS[other].includes(id)) RELATED_IDS[other].push(id);
  }
});

/** Canonical id for any spelling, or -1 when the lexicon does not know it. */
export function skillIdOf(nameOrAlias: string): number {
  const exact = ID_BY_NAME.get(nameOrAlias);
  if (exact !== undefined) return exact;
  const def = findSkill(nameOrAlias);
  return def ? (ID_BY_NAME.get(def.name) ?? -1) : -1;
}

export function skillNameOf(id: number): string {
  return SKILLS[id]?.name ?? "";
}

/** Sorted, de-duplicated ids of the names the lexicon knows. */
export function skillIdsOf(names: readonly string[] | null | undefined): Int32Array {
  const ids = new Set<number>();
  for (const name of names ?? []) {
    const id = skillIdOf(name);
    if (id >= 0) ids.add(id);
  }
  return Int32Array.from([...ids].sort((a, b) => a - b));
}

export function newSkillBits(): Uint32Array {
  return new Uint32Array(SKILL_WORDS);
}

export function setBit(bits: Uint32Array, id: number): void {
  bits[id >>> 5] |= 1 << (id & 31);
}

export function hasBit(bits: Uint32Array, id: number): boolean {
  return ((bits[id >>> 5] >>> (id & 31)) & 1) === 1;
}
