import { zodResponseFormat } from "openai/helpers/zod";
import { sql } from "drizzle-orm";
import { listRecentOpenJobs } from "@/db/queries/job-scores";
import type { DbHandle } from "@/db/handle";
import { listActiveProfiles } from "@/db/queries/scoring-profiles";
import { resetOpenAiClient } from "@/lib/ai/openai-client";
import { openAiProfileSchema } from "@/lib/ai/openai-schema";
import { createOpenAiJobScorer } from "@/lib/ai/openai-score";
import { costUsd } from "@/lib/ai/pricing";
import { buildResumeParseMessages } from "@/lib/ai/prompts";
import { getEnv, resetEnvCache } from "@/lib/env";
import { createLimiter } from "@/lib/matching/ai-refine";
import { jobPromptText, profilePromptText } from "@/lib/matching/ai-text";
import { evaluateAiRanking, gradedAnswers } from "@/lib/matching/ai-eval";
import { MATCHING_CONFIG } from "@/lib/matching/config";
import { loadRankingSplit } from "@/lib/matching/corpus/splits";
import { scoreAllUsers } from "@/lib/matching/pipeline";
import { pollDueBatches, refineDueUsers, runDailyRefinement } from "@/lib/pipeline/refine-due";
import { loadCorpus } from "@/lib/resume/corpus";
import { parseResumeLocally } from "@/lib/resume/local-parser";
import { generateJobs, generateStudents, insertJobs, insertStudents } from "../data";
import { openBenchDb } from "../db";
import { countTokens, startBillingFake } from "../fake-openai-billing";
import { BENCH_SEED, createRng } from "../rng";
import type { Row } from "../stats";

const STUDENTS = 100;
const JOBS_PER_DAY = 500;
const HOURS = 24;
const NAIVE_SAMPLE_STUDENTS = Number(process.env.BENCH_NAIVE_STUDENTS ?? 4);
const DAY = new Date("2026-11-20T00:00:00Z");
const ORIGINAL_ESTIMATE_PER_STUDENT = 1.32 / 100;
const MODEL = "gpt-4o-mini";
const HOUR = 3600_000;

type Usage = { calls: number; tokensIn: number; tokensCached: number; tokensOut: number; usd: number; refined: number };
const usd = (u: Omit<Usage, "usd" | "refined">) => costUsd({ model: MODEL, tokensIn: u.tokensIn, tokensCached: u.tokensCached, tokensOut: u.tokensOut });

/** The day's AI spend from the app's own ledger (ai_calls, batch calls at their discounted cost) and the rows it refined. */
async function ledger(db: DbHandle["db"]): Promise<Usage> {
  const res = (await db.execute(sql`select count(*)::int as calls, coalesce(sum(tokens_in),0)::int as tin, coalesce(sum(tokens_cached),0)::int as tc,
    coalesce(sum(tokens_out),0)::int as tout, coalesce(sum(cost_usd),0)::float8 as usd,
    (select count(*)::int from job_scores where scoring_method = 'ai') as refined from ai_calls where operation = 'score_jobs'`)) as unknown;
  // postgres.js answers an array of rows, PGlite { rows }.
  const [row] = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Array<Record<string, number>>;
  return { calls: row.calls, tokensIn: row.tin, tokensCached: row.tc, tokensOut: row.tout, usd: row.usd, refined: row.refined };
}

/** Back to the rules-only rows of the day, with no AI outcome, cache or spend: the next mode starts from the same state. */
async function resetAi(db: DbHandle["db"]): Promise<void> {
  await db.execute(sql`update job_scores set scoring_method = 'rules', compatibility_score = rules_score, ai_score = null where scoring_method <> 'rules'`);
  await db.execute(sql`truncate ai_score_cache, ai_calls, ai_batches restart identity`);
}

function setEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

/**
 * 6. AI cost for one simulated day with the OpenAI provider against the
 * billing fake: 100 students, 500 new jobs arriving hourly (24 rules-only
 * runs of ~21 jobs; the stored rows are the same in every mode), then the
 * refinement in each mode from the same rows: hourly (the old schedule: what
 * is new refined every hour, no daily cap, the provider's prompt cache
 * evicted between hours), daily sync (AI_REFINE_DAILY_CAP best pending rows
 * per student, packed calls), daily batch (the same requests through the
 * Batch API, half price). Next to them the naive design, one call per
 * (student, job), measured on every job for a sample of students and scaled
 * to 50,000 calls. Then NDCG@10 on the ranking corpus's test split with the
 * fake answering from the graded relevance. Deterministic: 1 run.
 */
export async function benchAi(): Promise<Row[]> {
  const fake = await startBillingFake();
  const saved = Object.fromEntries(["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "AI_REFINE_MODE", "AI_REFINE_DAILY_CAP", "AI_DAILY_BUDGET_USD", "AI_USER_DAILY_BUDGET_USD"].map((k) => [k, process.env[k]]));
  setEnv({ OPENAI_API_KEY: "sk-bench-fake", OPENAI_BASE_URL: fake.baseUrl, OPENAI_MODEL: MODEL, AI_DAILY_BUDGET_USD: "1000", AI_USER_DAILY_BUDGET_USD: "10" });
  resetOpenAiClient();
  const handle = await openBenchDb();
  try {
    const rng = createRng(BENCH_SEED + 6);
    await insertStudents(handle.db, generateStudents(rng, STUDENTS, "ai-student"));
    const jobs = await generateJobs(rng, JOBS_PER_DAY, DAY, "ai");

    // Hourly (the old schedule): each hour's new jobs arrive, the rules run stores them, and what is pending is refined now.
    setEnv({ AI_REFINE_DAILY_CAP: String(MATCHING_CONFIG.ai_top_k * HOURS) });
    for (let h = 0; h < HOURS; h++) {
      const fetched = new Date(DAY.getTime() + h * HOUR + 10 * 60_000);
      const batch = jobs.slice(Math.floor((h * JOBS_PER_DAY) / HOURS), Math.floor(((h + 1) * JOBS_PER_DAY) / HOURS));
      await insertJobs(handle.db, batch.map((j) => ({ ...j, fetched_at: fetched, first_seen_at: fetched, last_seen_at: fetched })));
      fake.evictCache();
      const now = new Date(DAY.getTime() + h * HOUR + 30 * 60_000);
      const r = await scoreAllUsers({ now });
      if (r.ai_calls !== 0) throw new Error("the hourly rules pass called the model");
      await refineDueUsers({ now, all: true });
    }
    const hourly = await ledger(handle.db);
    if (fake.billing.calls !== hourly.calls || fake.billing.prompt !== hourly.tokensIn) throw new Error("the pipeline's usage ledger and the fake's billing disagree");

    // Daily, synchronous: once, before the digest, from the same stored rows.
    const end = new Date(DAY.getTime() + 23 * HOUR + 45 * 60_000);
    setEnv({ AI_REFINE_DAILY_CAP: saved.AI_REFINE_DAILY_CAP });
    await resetAi(handle.db);
    fake.reset();
    await refineDueUsers({ now: end, all: true });
    const daily = await ledger(handle.db);

    // Daily through the Batch API: the same selection as one batch, applied by the poller.
    await resetAi(handle.db);
    fake.reset();
    setEnv({ AI_REFINE_MODE: "batch" });
    const submitted = await runDailyRefinement({ now: end, all: true });
    const polled = await pollDueBatches(end);
    setEnv({ AI_REFINE_MODE: saved.AI_REFINE_MODE });
    if (!("requests" in submitted) || polled.applied !== 1) throw new Error(`the batch did not run: ${JSON.stringify({ submitted, polled })}`);
    const batchDay = await ledger(handle.db);

    // The naive design: one call per (student, job), no batching, no score cache.
    fake.reset();
    const scorer = createOpenAiJobScorer();
    const profiles = (await listActiveProfiles()).slice(0, NAIVE_SAMPLE_STUDENTS);
    const allJobs = await listRecentOpenJobs(new Date(0), 10_000);
    const limit = createLimiter(5);
    const naive = { calls: 0, tokensIn: 0, tokensCached: 0, tokensOut: 0 };
    for (const p of profiles) {
      const profileText = profilePromptText(p);
      await Promise.all(
        allJobs.map((j) =>
          limit(async () => {
            const r = await scorer.scoreJobs(profileText, [{ id: String(j.id), text: jobPromptText(j) }], { userId: p.user_id });
            naive.calls++;
            naive.tokensIn += r.usage.tokensIn;
            naive.tokensCached += r.usage.tokensCached;
            naive.tokensOut += r.usage.tokensOut;
          }),
        ),
      );
    }
    const scale = (STUDENTS * JOBS_PER_DAY) / naive.calls;
    const naiveUsd = usd(naive) * scale;

    // Resume parsing with OpenAI: once per student (per upload), not per day. Output ≈ the profile JSON the parser yields.
    const format = JSON.stringify(zodResponseFormat(openAiProfileSchema, "profile"));
    const resumes = loadCorpus().map((c) => c.source);
    const parse = { calls: 0, tokensIn: 0, tokensCached: 0, tokensOut: 0 };
    for (const text of resumes) {
      const messages = buildResumeParseMessages(text, DAY);
      parse.calls++;
      parse.tokensIn += countTokens(format) + messages.reduce((n, m) => n + 3 + countTokens(String(m.content)), 3);
      parse.tokensOut += countTokens(JSON.stringify(parseResumeLocally(text)));
    }

    // Quality: NDCG@10 on the held-out test split, the fake answering as a model that knows the advisor's grades.
    const split = await loadRankingSplit("test");
    fake.setGrader(gradedAnswers(split));
    const evalScorer = createOpenAiJobScorer({ record: false });
    const { AI_REFINE_DAILY_CAP: cap, AI_REFINE_CALL_TOKENS: tokenBudget } = getEnv();
    const ndcgHourly = await evaluateAiRanking(split, { mode: "hourly", scorer: evalScorer, topK: MATCHING_CONFIG.ai_top_k, tokenBudget });
    const ndcgDaily = await evaluateAiRanking(split, { mode: "daily", scorer: evalScorer, cap, tokenBudget });
    fake.setGrader(undefined);

    const per = (n: number) => n / STUDENTS;
    const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
    const tokens = (u: Omit<Usage, "usd" | "refined">, k = 1) => `${fmt(per(u.tokensIn * k))} in (${fmt(per(u.tokensCached * k))} cached) + ${fmt(per(u.tokensOut * k))} out`;
    const modes: Array<[string, Usage, string | undefined, number | undefined]> = [
      ["hourly (old schedule)", hourly, undefined, undefined],
      ["daily sync", daily, "≤ 0.002", 0.002],
      ["daily batch", batchDay, "≤ 0.001", 0.001],
    ];
    const rows: Row[] = [];
    for (const [name, u, target, limit] of modes) {
      const perStudent = per(u.usd);
      rows.push({ section: "6 ai", metric: `${name}: ${fmt(u.calls)} calls, ${fmt(u.refined)} jobs refined (${(u.refined / Math.max(1, u.calls)).toFixed(1)}/call), ${(u.tokensOut / Math.max(1, u.refined)).toFixed(1)} tokens out/job`, unit: "tokens/student/day", value: tokens(u) });
      rows.push({ section: "6 ai", metric: `${name}: cost per student per day (gpt-4o-mini)`, unit: "USD", value: perStudent.toFixed(5), ...(target ? { target, met: perStudent <= limit! } : {}) });
    }
    const ratio = naiveUsd / daily.usd;
    rows.push(
      { section: "6 ai", metric: `naive: 1 call per pair, 50,000 calls (measured ${naive.calls.toLocaleString("en-US")} = ${profiles.length} students × ${allJobs.length} jobs, ×${scale.toFixed(1)})`, unit: "tokens/student/day", value: tokens(naive, scale) },
      { section: "6 ai", metric: "naive cost per student per day", unit: "USD", value: per(naiveUsd).toFixed(5) },
      { section: "6 ai", metric: "naive / daily sync cost", unit: "×", value: ratio.toFixed(1), target: "≥ 50", met: ratio >= 50 },
      { section: "6 ai", metric: "hourly / daily sync cost", unit: "×", value: (hourly.usd / daily.usd).toFixed(1) },
      { section: "6 ai", metric: "original design's estimate ($1.32/day per 100) / daily sync", unit: "×", value: (ORIGINAL_ESTIMATE_PER_STUDENT / per(daily.usd)).toFixed(1) },
      { section: "6 ai", metric: `resume parse with OpenAI, once per student (avg of ${parse.calls} corpus resumes)`, unit: "USD/student once", value: `${(usd(parse) / parse.calls).toFixed(5)} (${Math.round(parse.tokensIn / parse.calls)} in + ${Math.round(parse.tokensOut / parse.calls)} out tokens)` },
      { section: "6 ai", metric: `NDCG@10, test split (${ndcgDaily.students} students × ${split.jobs.length} jobs): rules + lexical (no AI)`, unit: "NDCG@10", value: ndcgDaily.ndcg10Rules.toFixed(3) },
      { section: "6 ai", metric: `NDCG@10, test split: hourly AI (graded fake; ${ndcgHourly.refined} jobs refined in ${ndcgHourly.calls} calls)`, unit: "NDCG@10", value: ndcgHourly.ndcg10Ai.toFixed(3), target: "≥ rules + lexical", met: ndcgHourly.ndcg10Ai >= ndcgHourly.ndcg10Rules },
      { section: "6 ai", metric: `NDCG@10, test split: daily AI, sync and batch (same jobs and answers; ${ndcgDaily.refined} refined in ${ndcgDaily.calls} calls)`, unit: "NDCG@10", value: ndcgDaily.ndcg10Ai.toFixed(3), target: "≥ rules + lexical", met: ndcgDaily.ndcg10Ai >= ndcgDaily.ndcg10Rules },
    );
    return rows;
  } finally {
    await handle.close();
    await fake.close();
    setEnv(saved);
    resetOpenAiClient();
  }
}
