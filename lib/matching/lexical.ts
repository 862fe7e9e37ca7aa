import type { UserProfile } from "@/db/schema";
import { extractSkills } from "@/lib/skills/extract";
import { MATCHING_CONFIG } from "./config";
import { SOFT_SKILL, skillIdsOf } from "./skill-ids";
import { stem, titleWords } from "./text-keys";
import type { JobFeatures, MatchJob, MatchProfile, ProfileFeatures } from "./types";

/**
 * The lexical relevance signal: TF-IDF cosine between what the student wrote
 * (desired roles, past titles, skills, coursework, summary) and the job's
 * title, skills and description. Skills fold to one term per lexicon id, so
 * "JS", "JavaScript" and "ECMAScript" are one term. IDF comes from the run's
 * jobs (the hourly window, or the corpus): build the index once per run, then
 * a pair costs one pass over the job's terms against the student's dense
 * query vector.
 */
export type LexicalJob = Pick<MatchJob, "id" | "title" | "required_skills" | "preferred_skills"> & { description?: string | null };
export type LexicalProfile = MatchProfile & Partial<Pick<UserProfile, "relevant_coursework" | "professional_summary">>;

export interface LexicalIndex {
  /** Distinct per index: a profile query only pairs with jobs of its own index. */
  id: number;
  vocab: Map<string, number>;
  idf: Float64Array;
  /** Each indexed job's vector, by job id. */
  vectors: Map<number, JobVector>;
}

const { lexical: LX } = MATCHING_CONFIG;
const WORD = /[\p{L}\p{N}+#]+/gu;
const STOP = new Set([
  "and", "or", "the", "a", "an", "of", "for", "to", "in", "on", "with", "at", "by", "we", "you", "our", "your", "is", "are", "be", "as",
  "will", "this", "that", "from", "it", "its", "who", "what", "have", "has", "can", "all", "into", "per", "us", "about", "their", "they",
  "not", "but", "if", "may", "must", "etc", "also", "such", "other", "any", "more", "than", "up", "out", "new", "one", "including",
]);
let nextIndexId = 1;

/** Lower-cased, stop words dropped, lightly stemmed (nursing → nurs, accountant → account). */
export function lexicalWords(text: string | null | undefined): string[] {
  const out: string[] = [];
  for (const w of (text ?? "").toLowerCase().match(WORD) ?? []) if (w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w)) out.push(stem(w));
  return out;
}

const skillTerm = (id: number) => `#${id}`;

function add(bag: Map<string, number>, term: string, weight: number): void {
  bag.set(term, (bag.get(term) ?? 0) + weight);
}

/** Weighted term counts of a job: title words count most, then the posting's skills, then its description. */
export function jobTerms(job: Omit<LexicalJob, "id">): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of titleWords(job.title)) add(bag, w, LX.job_title_weight);
  for (const id of skillIdsOf(job.required_skills)) add(bag, skillTerm(id), LX.job_skill_weight);
  for (const id of skillIdsOf(job.preferred_skills)) add(bag, skillTerm(id), LX.job_skill_weight / 2);
  for (const w of lexicalWords(job.description)) add(bag, w, 1);
  return bag;
}

/** Weighted term counts of a profile: desired roles weigh most, soft skills least. */
export function profileTerms(p: LexicalProfile): Map<string, number> {
  const bag = new Map<string, number>();
  for (const role of p.desired_roles ?? []) for (const w of titleWords(role)) add(bag, w, LX.query.desired_role);
  for (const title of p.job_titles ?? []) for (const w of titleWords(title)) add(bag, w, LX.query.past_title);
  const names = [...(p.programming_languages ?? []), ...(p.frameworks_libraries ?? []), ...(p.tools_platforms ?? []), ...(p.domain_skills ?? []), ...(p.soft_skills ?? [])];
  const ids = new Set(skillIdsOf(names));
  for (const id of extractSkills(`${p.professional_summary ?? ""}\n${(p.relevant_coursework ?? []).join(", ")}`)) {
    const found = skillIdsOf([id.name]);
    if (found.length) ids.add(found[0]);
  }
  for (const id of ids) add(bag, skillTerm(id), SOFT_SKILL[id] ? LX.query.soft_skill : LX.query.skill);
  for (const name of names) for (const w of lexicalWords(name)) add(bag, w, LX.query.skill_word);
  for (const course of p.relevant_coursework ?? []) for (const w of lexicalWords(course)) add(bag, w, LX.query.coursework);
  for (const w of lexicalWords(p.professional_summary)) add(bag, w, LX.query.summary);
  return bag;
}

/** A job's TF-IDF vector: its heaviest terms (ids into the index's vocabulary) with L2-normalised weights. */
export interface JobVector {
  terms: Int32Array;
  weights: Float32Array;
}

function vectorOf(bag: Map<string, number>, index: Pick<LexicalIndex, "vocab" | "idf">): JobVector {
  const ids: number[] = [];
  const raw: number[] = [];
  let norm = 0;
  for (const [term, tf] of bag) {
    const id = index.vocab.get(term);
    if (id === undefined) continue; // a job newer than the index: its unseen words are left out
    const w = Math.log1p(tf) * index.idf[id];
    ids.push(id);
    raw.push(w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  // Only the heaviest terms are kept (the pair loop walks them); the norm stays the full vector's, so a score is never inflated.
  const order = Array.from(ids.keys());
  if (order.length > LX.max_job_terms) order.sort((a, b) => raw[b] - raw[a]).length = LX.max_job_terms;
  return { terms: Int32Array.from(order, (i) => ids[i]), weights: Float32Array.from(order, (i) => raw[i] / norm) };
}

/**
 * Builds the run's vocabulary and IDF from `jobs` and each job's TF-IDF
 * vector (sublinear tf), kept by job id; with `jfs` (same order) the vectors
 * are attached to the job features too. Call once per run (or use
 * windowLexicalIndex, which caches it).
 */
export function buildLexicalIndex(jobs: readonly LexicalJob[], jfs?: readonly JobFeatures[]): LexicalIndex {
  const bags = jobs.map(jobTerms);
  const vocab = new Map<string, number>();
  const df: number[] = [];
  for (const bag of bags) {
    for (const term of bag.keys()) {
      let id = vocab.get(term);
      if (id === undefined) {
        id = df.length;
        vocab.set(term, id);
        df.push(0);
      }
      df[id]++;
    }
  }
  const n = jobs.length;
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  const index: LexicalIndex = { id: nextIndexId++, vocab, idf, vectors: new Map() };
  bags.forEach((bag, j) => index.vectors.set(jobs[j].id, vectorOf(bag, index)));
  if (jfs) attachJobVectors(index, jobs, jfs);
  return index;
}

/** Gives each job's features its vector from the index (computed against the index's vocabulary when the job is newer than it). */
export function attachJobVectors(index: LexicalIndex, jobs: readonly LexicalJob[], jfs: readonly JobFeatures[]): void {
  jobs.forEach((job, j) => {
    const v = index.vectors.get(job.id) ?? vectorOf(jobTerms(job), index);
    const jf = jfs[j];
    jf.lexIndex = index.id;
    jf.lexTerms = v.terms;
    jf.lexWeights = v.weights;
  });
}

/** The student's dense query vector over the index's vocabulary (terms the jobs never use are left out). */
export function attachLexicalQuery(pf: ProfileFeatures, profile: LexicalProfile, index: LexicalIndex): void {
  const query = new Float32Array(index.vocab.size);
  let norm = 0;
  for (const [term, tf] of profileTerms(profile)) {
    const id = index.vocab.get(term);
    if (id === undefined) continue;
    const w = Math.log1p(tf) * index.idf[id];
    query[id] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < query.length; i++) if (query[i] !== 0) query[i] /= norm;
  pf.lexIndex = index.id;
  pf.lexQuery = query;
}

/** Cosine similarity 0..1, or -1 when the pair has no lexical vectors from the same index. */
export function lexicalSimilarity(pf: ProfileFeatures, jf: JobFeatures): number {
  const q = pf.lexQuery;
  if (q === null || pf.lexIndex !== jf.lexIndex) return -1;
  const terms = jf.lexTerms;
  const weights = jf.lexWeights;
  let dot = 0;
  for (let i = 0; i < terms.length; i++) dot += q[terms[i]] * weights[i];
  return dot;
}
