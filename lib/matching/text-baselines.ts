import type { UserProfile } from "@/db/schema";
import { keywordScores, profileQuery, words } from "./keyword-baseline";

/**
 * The two text-only baselines the ranker is compared against in the eval: no
 * gates, no levels, no places. BM25 = the profile's skill and role words
 * against job title + description; TF-IDF = cosine between the whole resume
 * text (summary, skills, titles, roles, coursework) and the job text.
 */
export interface TextJob {
  title: string;
  description: string;
}

export function resumeText(p: UserProfile): string {
  return [
    p.professional_summary ?? "",
    ...(p.desired_roles ?? []), ...(p.job_titles ?? []), ...(p.relevant_coursework ?? []),
    ...(p.programming_languages ?? []), ...(p.frameworks_libraries ?? []), ...(p.tools_platforms ?? []), ...(p.domain_skills ?? []), ...(p.soft_skills ?? []),
  ].join(". ");
}

export function bm25Scores(profile: UserProfile, jobs: readonly TextJob[]): number[] {
  return keywordScores(profileQuery(profile), jobs);
}

/** A TF-IDF index over the jobs (sublinear tf, smoothed idf, L2-normalised), built once per split. */
export interface TfidfIndex {
  idf: Map<string, number>;
  vectors: Map<string, number>[];
}

function vectorOf(tokens: string[], idf: Map<string, number>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? 0);
    if (w > 0) {
      v.set(t, w);
      norm += w * w;
    }
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function buildTfidfIndex(jobs: readonly TextJob[]): TfidfIndex {
  const docs = jobs.map((j) => words(`${j.title} ${j.description}`));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log((1 + jobs.length) / (1 + n)) + 1);
  return { idf, vectors: docs.map((d) => vectorOf(d, idf)) };
}

export function tfidfScores(profile: UserProfile, index: TfidfIndex): number[] {
  const q = vectorOf(words(resumeText(profile)), index.idf);
  return index.vectors.map((v) => {
    let dot = 0;
    for (const [t, w] of q) dot += w * (v.get(t) ?? 0);
    return dot;
  });
}
