/**
 * Strings → 32-bit keys, computed once per profile and per job so the pair loop
 * compares integers. FNV-1a; a collision costs at most one odd title match.
 */
export function hashKey(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Words that say nothing about the kind of work: levels, programme words, filler. */
const LEVEL_WORDS = new Set([
  "intern", "internship", "co", "op", "coop", "senior", "sr", "junior", "jr", "associate", "lead", "staff", "principal",
  "new", "grad", "graduate", "entry", "level", "early", "career", "summer", "winter", "fall", "spring", "i", "ii", "iii", "iv",
  "the", "of", "and", "for", "in", "at", "with", "a", "an", "to", "program", "programme", "rotational", "remote", "hybrid",
  "student", "extern", "trainee", "apprentice", "part", "time", "full", "contract", "night", "nights", "day", "ft", "pt",
]);

/** A light suffix stemmer: nurse/nursing, marketer/marketing, accountant/accounting, designer/design. */
export function stem(word: string): string {
  let w = word;
  for (let pass = 0; pass < 3; pass++) {
    const suffix = SUFFIXES.find((s) => w.length - s.length >= 4 && w.endsWith(s));
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w;
}
const SUFFIXES = ["ments", "ment", "ings", "ing", "ers", "er", "ors", "or", "ants", "ant", "ists", "ist", "ives", "ive", "ial", "ions", "ion", "es", "s", "e"];
/** Role nouns shared across fields ("engineer", "analyst"): they match, but count for less. */
export const GENERIC_ROLE_WORDS = new Set(["engineer", "analyst", "develop", "specialist", "manag", "coordinat", "technician", "scientist", "design", "representat", "consult", "officer", "professional", "assistant"].map(stem));

/** Lower-cased word tokens of a title, without level and filler words. */
export function titleWords(title: string | null | undefined): string[] {
  const words = (title ?? "").toLowerCase().match(/[\p{L}\p{N}+#&]+/gu) ?? [];
  return words.filter((w) => !LEVEL_WORDS.has(w) && !/^\d+$/.test(w)).map(stem);
}

/** Keys of every 1- to 3-word run of a title, for phrase terms such as "call center". */
export function titleGramKeys(title: string | null | undefined): Int32Array {
  const words = (title ?? "").toLowerCase().match(/[\p{L}\p{N}+#&]+/gu) ?? [];
  const keys = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    let gram = "";
    for (let n = 0; n < 3 && i + n < words.length; n++) {
      gram = n ? `${gram} ${words[i + n]}` : words[i];
      keys.add(hashKey(gram));
    }
  }
  return Int32Array.from(keys);
}

/** The key a rejected title term is compared by (same tokenisation as titleGramKeys). */
export function termKey(term: string): number | null {
  const words = term.toLowerCase().match(/[\p{L}\p{N}+#&]+/gu) ?? [];
  return words.length ? hashKey(words.slice(0, 3).join(" ")) : null;
}

const COMPANY_SUFFIX = /\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|gmbh|plc|ag|sa|bv|pty|group|holdings)\b\.?/g;

/** "Acme, Inc." and "acme" are the same company. */
export function companyKey(company: string | null | undefined): number {
  const clean = (company ?? "").toLowerCase().replace(/&/g, " and ").replace(COMPANY_SUFFIX, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return clean ? hashKey(clean) : 0;
}
