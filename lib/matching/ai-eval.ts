import type { AiJobScorer, ScoreJobsUsage } from "@/lib/ai/types";
import { costUsd } from "@/lib/ai/pricing";
import { AI_REFINE, blendScores, createLimiter, packByTokens } from "./ai-refine";
import { jobPromptText, profilePromptText } from "./ai-text";
import type { RankingSplit } from "./corpus/splits";
import { metricsOf } from "./eval";
import { buildJobFeatures } from "./job-features";
import { attachLexicalQuery, buildLexicalIndex } from "./lexical";
import { gateJob } from "./prefilter";
import { buildProfileFeatures } from "./profile-features";
import { newPairScore, scorePair } from "./score";

/**
 * NDCG@10 of a split with the model in the loop, the way the app uses it:
 * rules for every pair, the near-threshold rows (rules ≥ threshold − 15)
 * refined and blended, then ranked by the final score.
 * - hourly: jobs arrive over 24 hours and each hour's best `topK` are refined (the old schedule);
 * - daily: the day's best `cap` are refined once, packed into full calls.
 * Usage is summed from the answers (the model's own billing), cost at list prices.
 */
export type AiEvalMode = "hourly" | "daily";

export interface AiEvalResult {
  mode: AiEvalMode;
  students: number;
  ndcg10Rules: number;
  ndcg10Ai: number;
  refined: number;
  calls: number;
  failedCalls: number;
  tokensIn: number;
  tokensCached: number;
  tokensOut: number;
  costUsd: number;
}

export interface AiEvalOptions {
  mode: AiEvalMode;
  scorer: AiJobScorer;
  /** Jobs refined per student per day (daily), default 20. */
  cap?: number;
  /** Jobs refined per student per hourly run (hourly), default 20. */
  topK?: number;
  tokenBudget?: number;
  concurrency?: number;
}

const HOURS = 24;

export async function evaluateAiRanking(split: RankingSplit, { mode, scorer, cap = 20, topK = 20, tokenBudget = 12_000, concurrency = 4 }: AiEvalOptions): Promise<AiEvalResult> {
  const { jobs } = split;
  const keys = jobs.map(split.keyOf);
  const jfs = jobs.map(buildJobFeatures);
  // The base the model refines is the matcher as the pipeline runs it: rules blended with the lexical signal.
  const lexical = buildLexicalIndex(jobs, jfs);
  const texts = jobs.map(jobPromptText);
  const limit = createLimiter(concurrency);
  const out = newPairScore();
  const usage: ScoreJobsUsage[] = [];
  let refined = 0;
  let failedCalls = 0;
  const rulesNdcg: number[] = [];
  const aiNdcg: number[] = [];

  await Promise.all(
    split.students.map(async ({ id, profile }) => {
      const grades = keys.map((k) => split.grade(id, k));
      const pf = buildProfileFeatures(profile);
      attachLexicalQuery(pf, profile, lexical);
      const rules = jobs.map((_, i) => (gateJob(pf, jfs[i]) ? -1 : scorePair(pf, jfs[i], out).compatibility));
      const final = [...rules];
      const near = rules.map((r, i) => ({ i, r })).filter(({ r }) => r >= 0 && r >= profile.min_score_threshold - AI_REFINE.max_shift);
      const best = (list: typeof near, n: number) => [...list].sort((a, b) => b.r - a.r || jobs[a.i].id - jobs[b.i].id).slice(0, n);
      const rounds = mode === "daily" ? [best(near, cap)] : Array.from({ length: HOURS }, (_, h) => best(near.filter(({ i }) => i % HOURS === h), topK));
      const profileText = profilePromptText(profile);
      for (const round of rounds) {
        const calls = packByTokens(round.map(({ i }) => ({ i, text: texts[i] })), tokenBudget);
        await Promise.all(
          calls.map((call) =>
            limit(async () => {
              const r = await scorer.scoreJobs(profileText, call.map(({ i, text }) => ({ id: String(jobs[i].id), text })), { userId: null });
              usage.push(r.usage);
              if (!r.ok) return void failedCalls++;
              const byId = new Map(r.scores.map((s) => [s.job_id, s.score]));
              for (const { i } of call) {
                const ai = byId.get(String(jobs[i].id));
                if (ai === undefined) continue;
                final[i] = blendScores(rules[i], ai);
                refined++;
              }
            }),
          ),
        );
      }
      const rank = (scores: number[]) => jobs.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || jobs[a].id - jobs[b].id).map((i) => grades[i]);
      rulesNdcg.push(metricsOf(rank(rules), grades).ndcg10);
      aiNdcg.push(metricsOf(rank(final), grades).ndcg10);
    }),
  );
  const sum = (pick: (u: ScoreJobsUsage) => number) => usage.reduce((s, u) => s + pick(u), 0);
  const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const tokens = { model: scorer.model, tokensIn: sum((u) => u.tokensIn), tokensCached: sum((u) => u.tokensCached), tokensOut: sum((u) => u.tokensOut) };
  return {
    mode,
    students: split.students.length,
    ndcg10Rules: avg(rulesNdcg),
    ndcg10Ai: avg(aiNdcg),
    refined,
    calls: usage.length,
    failedCalls,
    ...tokens,
    costUsd: costUsd(tokens),
  };
}

/** The score a model that knew the advisor's grades would give (the graded fake answers with it). */
export const SCORE_FOR_GRADE: Record<number, number> = { 0: 20, 1: 50, 2: 75, 3: 92 };

/**
 * How a graded fake answers for one split: the score for (profile prompt text,
 * job id) from the advisor's grade, or undefined for a profile or job the split
 * does not know (the fake then answers by hash).
 */
export function gradedAnswers(split: RankingSplit): (profileText: string, jobId: string) => number | undefined {
  const byProfile = new Map(split.students.map((s) => [profilePromptText(s.profile), s.id]));
  const keyById = new Map(split.jobs.map((j) => [String(j.id), split.keyOf(j)]));
  return (profileText, jobId) => {
    const student = byProfile.get(profileText);
    const key = keyById.get(jobId);
    return student && key ? SCORE_FOR_GRADE[split.grade(student, key)] : undefined;
  };
}
