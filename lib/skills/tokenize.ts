/**
 * One pass tokeniser shared by the skill index (aliases) and the matcher (text),
 * so both sides normalise identically. Keeps the punctuation that is part of a
 * skill name ("c++", "c#", ".net", "node.js") inside the token and emits "/"
 * and "&" as tokens of their own so "CI/CD", "TCP/IP" and "GD&T" can be matched
 * as n-grams while "Python/Django" still yields two skills. Hyphens separate
 * tokens so "scikit-learn" and "scikit learn" are the same key.
 */
export interface Token {
  /** Lower-cased form used as the lookup key. */
  norm: string;
  /** The text as written, for case-sensitive checks. */
  raw: string;
  start: number;
  end: number;
}

const TOKEN_RE = /\.?[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*(?:\+\+|#|\+)?|[/&]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let raw = m[0];
    let start = m.index;
    // A leading dot only belongs to the token when it starts a word (".NET"), not after one.
    if (raw[0] === "." && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) {
      raw = raw.slice(1);
      start += 1;
    }
    tokens.push({ norm: raw.toLowerCase(), raw, start, end: start + raw.length });
  }
  return tokens;
}

/** The lookup key of a skill name or alias: its tokens joined by single spaces. */
export function skillKey(value: string): string {
  return tokenize(value)
    .map((t) => t.norm)
    .join(" ");
}
