import type { MatchProfile } from "./types";

/**
 * The baseline the rules scorer is compared against: plain keyword overlap.
 * Query = words of the profile's skills, desired roles and past titles;
 * documents = job title + description; scored with BM25 (k1 1.2, b 0.75).
 * No gates, no levels, no places — just words.
 */
const WORD = /[\p{L}\p{N}+#]+/gu;
const STOP = new Set(["and", "or", "the", "a", "an", "of", "for", "to", "in", "on", "with", "at", "by", "we", "you", "our", "your", "is", "are", "be", "as", "will"]);

export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w));
}

export interface KeywordDoc {
  title: string;
  description: string;
}

export function profileQuery(p: MatchProfile): string[] {
  const text = [
    ...(p.programming_languages ?? []), ...(p.frameworks_libraries ?? []), ...(p.tools_platforms ?? []), ...(p.domain_skills ?? []),
    ...(p.soft_skills ?? []), ...(p.desired_roles ?? []), ...(p.job_titles ?? []),
  ].join(" ");
  return [...new Set(words(text))];
}

/** BM25 score of every document for the query, in document order. */
export function keywordScores(query: string[], docs: readonly KeywordDoc[]): number[] {
  const tokenized = docs.map((d) => words(`${d.title} ${d.title} ${d.description}`));
  const avgLen = tokenized.reduce((a, t) => a + t.length, 0) / Math.max(1, tokenized.length);
  const df = new Map<string, number>();
  for (const tokens of tokenized) for (const w of new Set(tokens)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  return tokenized.map((tokens) => {
    const tf = new Map<string, number>();
    for (const w of tokens) tf.set(w, (tf.get(w) ?? 0) + 1);
    let score = 0;
    for (const q of query) {
      const f = tf.get(q);
      if (!f) continue;
      const idf = Math.log(1 + (n - (df.get(q) ?? 0) + 0.5) / ((df.get(q) ?? 0) + 0.5));
      score += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * tokens.length) / avgLen));
    }
    return score;
  });
}
