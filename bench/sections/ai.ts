import { zodResponseFormat } from "openai/helpers/zod";
import { listRecentOpenJobs } from "@/db/queries/job-scores";
import { listActiveProfiles } from "@/db/queries/scoring-profiles";
import { resetOpenAiClient } from "@/lib/ai/openai-client";
import { openAiProfileSchema } from "@/lib/ai/openai-schema";
import { createOpenAiJobScorer } from "@/lib/ai/openai-score";
import { costUsd } from "@/lib/ai/pricing";
import { buildResumeParseMessages } from "@/lib/ai/prompts";
import { resetEnvCache } from "@/lib/env";
import { createLimiter } from "@/lib/matching/ai-refine";
import { jobPromptText, profilePromptText } from "@/lib/matching/ai-text";
import { scoreAllUsers } from "@/lib/matching/pipeline";
import { refineDueUsers } from "@/lib/pipeline/refine-due";
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

type Usage = { calls: number; tokensIn: number; tokensCached: number; tokensOut: number };
const usd = (u: Usage) => costUsd({ model: MODEL, tokensIn: u.tokensIn, tokensCached: u.tokensCached, tokensOut: u.tokensOut });

/**
 * 6. AI cost for one simulated day with the OpenAI provider against the
 * billing fake: 100 students, 500 new jobs arriving hourly (24 runs of ~21),
 * the real pipeline (rules pass, top-K = 20 per student, 5 jobs per call, the
 * AI score cache; the provider's prompt cache evicted between hours). Next to
 * it the naive design, one call per (student, job) with the same prompts,
 * measured on every job for a sample of students and scaled to 50,000 calls.
 * Token counts are deterministic (seeded data, a deterministic fake): 1 run.
 */
export async function benchAi(): Promise<Row[]> {
  const fake = await startBillingFake();
  const saved = { key: process.env.OPENAI_API_KEY, url: process.env.OPENAI_BASE_URL, model: process.env.OPENAI_MODEL };
  process.env.OPENAI_API_KEY = "sk-bench-fake";
  process.env.OPENAI_BASE_URL = fake.baseUrl;
  process.env.OPENAI_MODEL = MODEL;
  resetEnvCache();
  resetOpenAiClient();
  const handle = await openBenchDb();
  try {
    const rng = createRng(BENCH_SEED + 6);
    await insertStudents(handle.db, generateStudents(rng, STUDENTS, "ai-student"));
    const jobs = await generateJobs(rng, JOBS_PER_DAY, DAY, "ai");

    // The pipeline: each hour's new jobs arrive, then the hourly run.
    const day: Usage = { calls: 0, tokensIn: 0, tokensCached: 0, tokensOut: 0 };
    let refined = 0;
    let cacheHits = 0;
    let fallbacks = 0;
    for (let h = 0; h < HOURS; h++) {
      const fetched = new Date(DAY.getTime() + h * HOUR + 10 * 60_000);
      const batch = jobs.slice(Math.floor((h * JOBS_PER_DAY) / HOURS), Math.floor(((h + 1) * JOBS_PER_DAY) / HOURS));
      await insertJobs(handle.db, batch.map((j) => ({ ...j, fetched_at: fetched, first_seen_at: fetched, last_seen_at: fetched })));
      fake.evictCache();
      const now = new Date(DAY.getTime() + h * HOUR + 30 * 60_000);
      await scoreAllUsers({ now });
      // (interim) the old hourly behaviour: every pending row refined in the same hour.
      const r0 = await refineDueUsers({ now, all: true });
      const r = { ai_calls: r0.ai_calls, tokens_in: r0.tokens_in, tokens_cached: r0.tokens_cached, tokens_out: r0.tokens_out, ai_scored: r0.updated, ai_cached: 0, ai_fallback: 0 };
      day.calls += r.ai_calls;
      day.tokensIn += r.tokens_in;
      day.tokensCached += r.tokens_cached;
      day.tokensOut += r.tokens_out;
      refined += r.ai_scored - r.ai_cached;
      cacheHits += r.ai_cached;
      fallbacks += r.ai_fallback;
    }
    if (fake.billing.calls !== day.calls || fake.billing.prompt !== day.tokensIn) throw new Error("the pipeline's usage ledger and the fake's billing disagree");
    const pipelineUsd = usd(day);

    // The naive design: one call per (student, job), no batching, no score cache.
    fake.reset();
    const scorer = createOpenAiJobScorer();
    const profiles = (await listActiveProfiles()).slice(0, NAIVE_SAMPLE_STUDENTS);
    const allJobs = await listRecentOpenJobs(new Date(0), 10_000);
    const limit = createLimiter(5);
    const naive: Usage = { calls: 0, tokensIn: 0, tokensCached: 0, tokensOut: 0 };
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
    const parse = resumes.reduce<Usage>(
      (acc, text) => {
        const messages = buildResumeParseMessages(text, DAY);
        acc.calls++;
        acc.tokensIn += countTokens(format) + messages.reduce((n, m) => n + 3 + countTokens(String(m.content)), 3);
        acc.tokensOut += countTokens(JSON.stringify(parseResumeLocally(text)));
        return acc;
      },
      { calls: 0, tokensIn: 0, tokensCached: 0, tokensOut: 0 },
    );
    const perStudent = (n: number) => n / STUDENTS;
    const tokens = (u: Usage, k = 1) => `${Math.round(perStudent(u.tokensIn * k)).toLocaleString("en-US")} in (${Math.round(perStudent(u.tokensCached * k)).toLocaleString("en-US")} cached) + ${Math.round(perStudent(u.tokensOut * k)).toLocaleString("en-US")} out`;
    const ratio = naiveUsd / pipelineUsd;
    const perStudentUsd = perStudent(pipelineUsd);
    return [
      { section: "6 ai", metric: `pipeline, 1 day: ${day.calls.toLocaleString("en-US")} calls, ${refined.toLocaleString("en-US")} jobs refined, ${cacheHits.toLocaleString("en-US")} score-cache hits, ${fallbacks} fallbacks`, unit: "tokens/student/day", value: tokens(day) },
      { section: "6 ai", metric: "pipeline cost per student per day (gpt-4o-mini)", unit: "USD", value: perStudentUsd.toFixed(5), target: "≤ 0.002", met: perStudentUsd <= 0.002 },
      { section: "6 ai", metric: "pipeline cost, 100 students per day", unit: "USD", value: pipelineUsd.toFixed(4) },
      { section: "6 ai", metric: `naive: 1 call per pair, 50,000 calls (measured ${naive.calls.toLocaleString("en-US")} = ${profiles.length} students × ${allJobs.length} jobs, ×${scale.toFixed(1)})`, unit: "tokens/student/day", value: tokens(naive, scale) },
      { section: "6 ai", metric: "naive cost per student per day", unit: "USD", value: perStudent(naiveUsd).toFixed(5) },
      { section: "6 ai", metric: "naive / pipeline cost", unit: "×", value: ratio.toFixed(1), target: "≥ 20", met: ratio >= 20 },
      { section: "6 ai", metric: "original design's estimate ($1.32/day per 100) / pipeline", unit: "×", value: (ORIGINAL_ESTIMATE_PER_STUDENT / perStudentUsd).toFixed(1) },
      { section: "6 ai", metric: `resume parse with OpenAI, once per student (avg of ${parse.calls} corpus resumes)`, unit: "USD/student once", value: `${(usd(parse) / parse.calls).toFixed(5)} (${Math.round(parse.tokensIn / parse.calls)} in + ${Math.round(parse.tokensOut / parse.calls)} out tokens)` },
    ];
  } finally {
    await handle.close();
    await fake.close();
    for (const [k, v] of [["OPENAI_API_KEY", saved.key], ["OPENAI_BASE_URL", saved.url], ["OPENAI_MODEL", saved.model]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
    resetOpenAiClient();
  }
}
