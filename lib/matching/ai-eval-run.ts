import { resetOpenAiClient } from "@/lib/ai/openai-client";
import { createOpenAiJobScorer } from "@/lib/ai/openai-score";
import { getEnv, resetEnvCache } from "@/lib/env";
import { type AiEvalMode, evaluateAiRanking, gradedAnswers } from "./ai-eval";
import { loadRankingSplit, type SplitName } from "./corpus/splits";

/** A local OpenAI-compatible server that can answer from grades (the bench's billing fake). */
export interface GradedFake {
  baseUrl: string;
  setGrader: (grader: ((profileText: string, jobId: string) => number | undefined) | undefined) => void;
  close: () => Promise<void>;
}

/**
 * `npm run eval:rank -- --ai [--live]`: the ranking eval with the model in the
 * loop (daily mode: the best AI_REFINE_DAILY_CAP near-threshold jobs per student
 * refined and blended). Without --live against a local fake that answers from
 * the advisor's grades (checks the plumbing and the blend's ceiling, not a
 * model); with --live against the real API (OPENAI_API_KEY), printing the cost.
 * Returns a process exit code.
 */
export async function runAiRankingEval({ splits, live, startFake, modes = ["daily"] }: { splits: SplitName[]; live: boolean; startFake: () => Promise<GradedFake>; modes?: AiEvalMode[] }): Promise<number> {
  if (live && !getEnv().OPENAI_API_KEY) {
    console.error("--live needs OPENAI_API_KEY (it calls the real API and bills that account); without --live the eval runs against a local graded fake.");
    return 2;
  }
  const fake = live ? undefined : await startFake();
  const saved = { key: process.env.OPENAI_API_KEY, url: process.env.OPENAI_BASE_URL };
  if (fake) {
    process.env.OPENAI_API_KEY = "sk-eval-fake";
    process.env.OPENAI_BASE_URL = fake.baseUrl;
    resetEnvCache();
    resetOpenAiClient();
  }
  try {
    const scorer = createOpenAiJobScorer({ record: false });
    console.log(`\n== AI in the loop: ${live ? `real API, model ${scorer.model}` : "local fake answering from the graded relevance"}`);
    for (const name of splits) {
      const split = await loadRankingSplit(name);
      fake?.setGrader(gradedAnswers(split));
      for (const mode of modes) {
        const r = await evaluateAiRanking(split, { mode, scorer, cap: getEnv().AI_REFINE_DAILY_CAP, tokenBudget: getEnv().AI_REFINE_CALL_TOKENS });
        console.log(
          `${name} split, ${mode}: NDCG@10 rules ${r.ndcg10Rules.toFixed(3)} → with AI ${r.ndcg10Ai.toFixed(3)}; ${r.refined} jobs refined in ${r.calls} calls (${r.failedCalls} failed); ` +
            `${r.tokensIn.toLocaleString("en-US")} tokens in (${r.tokensCached.toLocaleString("en-US")} cached) + ${r.tokensOut.toLocaleString("en-US")} out = $${r.costUsd.toFixed(4)}${live ? "" : " at list prices (fake)"}`,
        );
      }
    }
    return 0;
  } finally {
    if (fake) {
      await fake.close();
      for (const [k, v] of [["OPENAI_API_KEY", saved.key], ["OPENAI_BASE_URL", saved.url]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      resetEnvCache();
      resetOpenAiClient();
    }
  }
}
