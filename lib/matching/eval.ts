import type { JobListing } from "@/db/schema";
import type { RankingSplit } from "./corpus/splits";
import { buildJobFeatures, buildProfileFeatures } from "./features";
import { selectRowsToStore } from "./listing";
import { attachLexicalQuery, buildLexicalIndex } from "./lexical";
import { gateJob } from "./prefilter";
import { newPairScore, scorePair } from "./score";
import { bm25Scores, buildTfidfIndex, tfidfScores } from "./text-baselines";

/**
 * Ranking quality on one corpus split: NDCG@10, P@5 (grade ≥ 2) and MRR per
 * student and on average, for the matcher and two text-only baselines, plus
 * how many stored matches each student would see listed.
 */
export interface RankMetrics {
  ndcg10: number;
  p5: number;
  mrr: number;
}

/** rules = the scorer without the lexical blend; blended = the matcher as the pipeline runs it. */
export const RANKERS = ["rules", "blended", "bm25", "tfidf"] as const;
export type RankerName = (typeof RANKERS)[number];

export interface RankedEntry {
  key: string;
  grade: number;
  score: number;
}

export interface StudentEval {
  id: string;
  label: string;
  /** Jobs graded ≥ 2. */
  relevant: number;
  /** Rows the pipeline would store (and the matches page list) for this student. */
  listed: number;
  metrics: Record<RankerName, RankMetrics>;
  /** Top 10 of each ranking with grades, for reading misses (tune split only). */
  top: Record<RankerName, RankedEntry[]>;
}

export interface SplitEval {
  split: string;
  jobs: number;
  graded: number;
  students: StudentEval[];
  mean: Record<RankerName, RankMetrics>;
  /** Best reachable mean P@5: students with fewer than 5 relevant jobs cap it. */
  p5Ceiling: number;
  /** Students with a relevant (≥ 2) job but fewer than LISTED_MIN listed matches. */
  underListed: number;
}

export const RELEVANT = 2;
export const LISTED_MIN = 5;

export function metricsOf(grades: readonly number[], allGrades: readonly number[]): RankMetrics {
  const dcg = (list: readonly number[]) => list.slice(0, 10).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...allGrades].sort((a, b) => b - a));
  const first = grades.findIndex((g) => g >= RELEVANT);
  return {
    ndcg10: ideal ? dcg(grades) / ideal : 0,
    p5: grades.slice(0, 5).filter((g) => g >= RELEVANT).length / 5,
    mrr: first >= 0 ? 1 / (first + 1) : 0,
  };
}

function meanOf(list: RankMetrics[]): RankMetrics {
  const avg = (pick: (m: RankMetrics) => number) => list.reduce((s, m) => s + pick(m), 0) / Math.max(1, list.length);
  return { ndcg10: avg((m) => m.ndcg10), p5: avg((m) => m.p5), mrr: avg((m) => m.mrr) };
}

/** Jobs best first by score (ties by id); gated jobs carry -1 and sink to the end. */
function order(jobs: readonly JobListing[], scores: ArrayLike<number>): number[] {
  return jobs.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || jobs[a].id - jobs[b].id);
}

export function evaluateRanking(split: RankingSplit): SplitEval {
  const { jobs } = split;
  const keys = jobs.map(split.keyOf);
  const jfs = jobs.map(buildJobFeatures);
  const tfidf = buildTfidfIndex(jobs);
  const lexical = buildLexicalIndex(jobs, jfs);
  const out = newPairScore();
  const students: StudentEval[] = [];
  let graded = 0;
  for (const { id, label, profile } of split.students) {
    const grades = keys.map((k) => split.grade(id, k));
    graded += grades.filter((g) => g > 0).length;
    const pfRules = buildProfileFeatures(profile);
    const pf = buildProfileFeatures(profile);
    attachLexicalQuery(pf, profile, lexical);
    const rules = new Float64Array(jobs.length).fill(-1);
    const blended = new Float64Array(jobs.length).fill(-1);
    const stored: { final: number; jobId: number }[] = [];
    for (let i = 0; i < jobs.length; i++) {
      if (!gateJob(pfRules, jfs[i])) rules[i] = scorePair(pfRules, jfs[i], out).compatibility;
      if (gateJob(pf, jfs[i])) continue;
      blended[i] = scorePair(pf, jfs[i], out).compatibility;
      stored.push({ final: blended[i], jobId: jobs[i].id });
    }
    const scores: Record<RankerName, ArrayLike<number>> = { rules, blended, bm25: bm25Scores(profile, jobs), tfidf: tfidfScores(profile, tfidf) };
    const metrics = {} as Record<RankerName, RankMetrics>;
    const top = {} as Record<RankerName, RankedEntry[]>;
    for (const name of RANKERS) {
      const ranked = order(jobs, scores[name]);
      metrics[name] = metricsOf(ranked.map((i) => grades[i]), grades);
      top[name] = ranked.slice(0, 10).map((i) => ({ key: keys[i], grade: grades[i], score: Math.round(scores[name][i] * 1000) / 1000 }));
    }
    students.push({
      id, label, relevant: split.relevantCount(id, RELEVANT),
      listed: selectRowsToStore(stored, profile.min_score_threshold).length, metrics, top,
    });
  }
  const mean = {} as Record<RankerName, RankMetrics>;
  for (const name of RANKERS) mean[name] = meanOf(students.map((s) => s.metrics[name]));
  return {
    split: split.name,
    jobs: jobs.length,
    graded,
    students,
    mean,
    p5Ceiling: students.reduce((s, st) => s + Math.min(5, st.relevant) / 5, 0) / Math.max(1, students.length),
    underListed: students.filter((s) => s.relevant > 0 && s.listed < LISTED_MIN).length,
  };
}
