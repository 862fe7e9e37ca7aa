import { CORPUS_PROFILES } from "./corpus/profiles";
import { JUDGMENTS } from "./corpus/judgments";
import { loadCorpusJobs, type CorpusJob } from "./corpus/jobs";
import { keywordScores, profileQuery } from "./keyword-baseline";
import { rankJobsForProfile } from "./rank";

/** Ranking quality on lib/matching/corpus: NDCG@10, P@5 (relevance ≥ 2) and MRR, rules vs keyword baseline. */
export interface RankMetrics {
  ndcg10: number;
  p5: number;
  mrr: number;
}

export interface ProfileEval {
  id: string;
  label: string;
  relevant: number;
  rules: RankMetrics;
  keyword: RankMetrics;
  /** Top 10 keys of each ranking with their grades, for reading the misses. */
  rulesTop: { key: string; grade: number; score: number }[];
  keywordTop: { key: string; grade: number; score: number }[];
}

export interface RankingEval {
  jobs: number;
  judged: number;
  profiles: ProfileEval[];
  mean: { rules: RankMetrics; keyword: RankMetrics };
}

const RELEVANT = 2;

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

function mean(list: RankMetrics[]): RankMetrics {
  const avg = (pick: (m: RankMetrics) => number) => list.reduce((s, m) => s + pick(m), 0) / Math.max(1, list.length);
  return { ndcg10: avg((m) => m.ndcg10), p5: avg((m) => m.p5), mrr: avg((m) => m.mrr) };
}

export async function evaluateRanking(jobs?: CorpusJob[]): Promise<RankingEval> {
  const corpus = jobs ?? (await loadCorpusJobs());
  const keys = new Set(corpus.map((j) => j.key));
  const profiles: ProfileEval[] = [];
  let judged = 0;
  for (const profile of CORPUS_PROFILES) {
    const judgments = JUDGMENTS[profile.user_id] ?? {};
    for (const key of Object.keys(judgments)) if (!keys.has(key)) throw new Error(`judgment for unknown job ${key} (${profile.user_id})`);
    judged += Object.keys(judgments).length;
    const grade = (j: CorpusJob) => judgments[j.key] ?? 0;
    const allGrades = corpus.map(grade);

    // Rules: scored jobs best first, then the gated ones (never shown).
    const { scored, gated } = rankJobsForProfile(profile, corpus);
    const rulesOrder = [...scored.map((s) => ({ job: s.job, score: s.score.compatibility })), ...gated.map((g) => ({ job: g.job, score: -1 }))];
    const kw = keywordScores(profileQuery(profile), corpus);
    const keywordOrder = corpus.map((job, i) => ({ job, score: kw[i] })).sort((a, b) => b.score - a.score || a.job.id - b.job.id);

    const top = (order: { job: CorpusJob; score: number }[]) => order.slice(0, 10).map((o) => ({ key: o.job.key, grade: grade(o.job), score: Math.round(o.score * 10) / 10 }));
    profiles.push({
      id: profile.user_id,
      label: profile.label,
      relevant: allGrades.filter((g) => g >= RELEVANT).length,
      rules: metricsOf(rulesOrder.map((o) => grade(o.job)), allGrades),
      keyword: metricsOf(keywordOrder.map((o) => grade(o.job)), allGrades),
      rulesTop: top(rulesOrder),
      keywordTop: top(keywordOrder),
    });
  }
  return {
    jobs: corpus.length,
    judged,
    profiles,
    mean: { rules: mean(profiles.map((p) => p.rules)), keyword: mean(profiles.map((p) => p.keyword)) },
  };
}
