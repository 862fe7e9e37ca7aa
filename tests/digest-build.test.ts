import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { markDigestSent } from "@/db/queries/digests";
import { aiCalls, dailyDigests } from "@/db/schema";
import { buildDigest } from "@/lib/digest/build-digest";
import type { MarketTrends, SkillRecommendation } from "@/lib/digest/types";
import { completionReply, startFakeOpenAi, type FakeOpenAi } from "@/tests/fake-openai-server";
import { DAY, seedJob, seedProfile, seedScore } from "@/tests/digest-seed";
import { testDriver, useTestDb } from "@/tests/db";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const NOW = new Date();
const DATE = NOW.toISOString().slice(0, 10);
const recent = new Date(NOW.getTime() - 2 * 3600_000);
const lastWeek = new Date(NOW.getTime() - 10 * DAY);
const ids: Record<string, number> = {};
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setOpenAiEnv(null);
  await seedProfile({ user_id: "u1", min_score_threshold: 60 });
  await seedProfile({ user_id: "u-empty" });
  await seedProfile({ user_id: "other" });
  const job = async (key: string, v: Parameters<typeof seedJob>[0]) => (ids[key] = (await seedJob({ first_seen_at: recent, ...v })).id);
  await job("j1", { title: "Junior Data Analyst", required_skills: ["SQL", "Python"], remote_type: "remote" });
  await job("j2", { title: "Analytics Associate", company: "Globex", required_skills: ["SQL", "Excel"], seniority: "entry", salary_annual_min: 70000, salary_annual_max: 90000, salary_currency: "USD" });
  await job("j3", { title: "Hidden Analyst", required_skills: ["SQL"] });
  await job("j4", { title: "Closed Analyst", required_skills: ["Python"], status: "closed" });
  await job("j5", { title: "Already Sent Analyst", required_skills: ["SQL"] });
  await job("j6", { title: "Near Miss One", required_skills: ["dbt", "SQL"] });
  await job("j7", { title: "Near Miss Two", company: "Globex", required_skills: ["dbt"], preferred_skills: ["Snowflake"], seniority: "entry", salary_annual_min: 60000, salary_annual_max: 80000, salary_currency: "USD" });
  await job("j8", { title: "Far Miss", required_skills: ["Airflow"] });
  await job("j9", { title: "BI Developer", company: "Initech", required_skills: ["Tableau", "dbt"], remote_type: "remote" });
  await job("l1", { title: "Old Analyst", required_skills: ["SQL"], first_seen_at: lastWeek });
  await job("l2", { title: "Old Analyst 2", required_skills: ["SQL", "Python"], first_seen_at: lastWeek });
  await job("s1", { title: "Java Developer", field: "software", required_skills: ["Java", "SQL"] });
  const score = (key: string, s: number, extra: Parameters<typeof seedScore>[0] | object = {}) =>
    seedScore({ user_id: "u1", job_id: ids[key], compatibility_score: s, ...extra });
  await score("j1", 92, { match_factors: ["You know SQL and Python", "Remote", "Entry level"] });
  await score("j2", 75);
  await score("j3", 88, { hidden: true });
  await score("j4", 95);
  await score("j5", 80, { digest_sent_at: new Date(NOW.getTime() - DAY) });
  await score("j6", 55);
  await score("j7", 50);
  await score("j8", 30);
  await score("j9", 70, { skills_match_score: 40, match_factors: ["Tableau is on your resume"], ai_reasoning: "Strong BI fit. Lacks dbt." });
  await seedScore({ user_id: "other", job_id: ids.j8, compatibility_score: 99 });
});
afterAll(() => restoreEnv());

describe(`buildDigest (${testDriver})`, () => {
  it("picks the unsent open, visible matches above the threshold, best first, with reasons", async () => {
    const { digest } = await buildDigest("u1", DATE, { now: NOW });
    expect(digest.top_jobs.map((j) => j.title)).toEqual(["Junior Data Analyst", "Analytics Associate", "BI Developer"]);
    expect(digest.total_matches).toBe(3);
    expect(digest.top_jobs[0]).toMatchObject({ job_id: ids.j1, score: 92, company: "Acme", location: "Remote · Chicago, IL", reasons: ["You know SQL and Python", "Remote", "Entry level"] });
    expect(digest.top_jobs[1].salary).toBe("$70k–$90k a year");
    expect(digest.top_jobs[2].reasons).toEqual(["Tableau is on your resume", "Strong BI fit."]);
    expect(digest.status).toBe("built");
    expect(digest.total_new_jobs).toBe(10); // the 9 data jobs and the software job first seen in the last day
    expect(digest.digest_title).toBe("3 new matches — top: Junior Data Analyst at Acme (92%)");
    expect(digest.digest_summary).toContain("3 new jobs matched your profile out of 10 new postings");
    expect(digest.generation_time_seconds).toBeGreaterThanOrEqual(0);
  });

  it("computes market trends from the listings of the student's field", async () => {
    const [row] = await (await getDb()).select().from(dailyDigests).where(eq(dailyDigests.user_id, "u1"));
    const trends = row.market_trends as MarketTrends;
    expect(trends.field).toBe("data");
    expect(trends.jobs_this_week).toBe(9);
    expect(trends.top_skills.slice(0, 3)).toEqual([
      { skill: "SQL", this_week: 5, last_week: 2, change: 3 },
      { skill: "dbt", this_week: 3, last_week: 0, change: 3 },
      { skill: "Python", this_week: 2, last_week: 1, change: 1 },
    ]);
    expect(trends.top_skills.find((s) => s.skill === "Java")).toBeUndefined();
    expect(trends.remote_share).toEqual({ total: 9, remote: 2, hybrid: 0, remote_pct: 22 });
    expect(trends.salary_by_seniority).toEqual([{ seniority: "entry", currency: "USD", jobs: 2, min: 60000, max: 90000, median: 75000 }]);
    expect(trends.top_employers).toEqual([{ company: "Acme", jobs: 6 }, { company: "Globex", jobs: 2 }, { company: "Initech", jobs: 1 }]);
  });

  it("recommends the missing skills of nearly matched jobs, with how many jobs each opens", async () => {
    const [row] = await (await getDb()).select().from(dailyDigests).where(eq(dailyDigests.user_id, "u1"));
    expect(row.skill_recommendations as SkillRecommendation[]).toEqual([
      { skill: "dbt", jobs: 3 },
      { skill: "Snowflake", jobs: 1 },
      { skill: "Tableau", jobs: 1 },
    ]);
  });

  it("stores a web view (tracked links, footer links, no open pixel) and a text part", async () => {
    const [row] = await (await getDb()).select().from(dailyDigests).where(eq(dailyDigests.user_id, "u1"));
    const html = row.digest_html ?? "";
    for (const text of ["Junior Data Analyst", "You know SQL and Python", "$70k–$90k a year", "View in browser", "Unsubscribe", "Email preferences"]) {
      expect(html).toContain(text);
    }
    expect(html).toContain(`/digests/${row.id}`);
    expect(html.match(/\/api\/v1\/email\/click\/[\w.-]+/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toContain("/api/v1/email/open/");
    expect(row.digest_text).toContain("Junior Data Analyst");
    expect(row.digest_text).toContain("/unsubscribe?token=");
  });

  it("leaves a sent digest untouched when built again", async () => {
    const [before] = await (await getDb()).select().from(dailyDigests).where(eq(dailyDigests.user_id, "u1"));
    await markDigestSent(before.id, "u1", before.top_jobs.map((j) => j.job_id), NOW);
    const newer = await seedJob({ title: "Brand New Analyst", first_seen_at: recent });
    await seedScore({ user_id: "u1", job_id: newer.id, compatibility_score: 99 });
    const { digest, rebuilt } = await buildDigest("u1", DATE, { now: NOW });
    expect(rebuilt).toBe(false);
    expect(digest.top_jobs.map((j) => j.title)).toEqual(before.top_jobs.map((j) => j.title));
    expect(digest.digest_html).toBe(before.digest_html);
  });

  it("stores an empty digest as skipped", async () => {
    const { digest } = await buildDigest("u-empty", DATE, { now: NOW });
    expect(digest.status).toBe("skipped");
    expect(digest.top_jobs).toEqual([]);
    expect(digest.digest_title).toBe("All quiet on the job front");
  });
});

describe(`digest summary by the model (${testDriver})`, () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    restoreEnv();
    restoreEnv = setOpenAiEnv(fake.baseUrl);
  });
  afterAll(async () => {
    await fake.close();
  });

  it("uses the model's summary and records the call; falls back to the template on failure", async () => {
    await seedProfile({ user_id: "u-ai" });
    const job = await seedJob({ title: "Data Intern", first_seen_at: recent });
    await seedScore({ user_id: "u-ai", job_id: job.id, compatibility_score: 81 });
    fake.enqueue(completionReply("Morning Maya! One strong data internship is waiting for you."));
    const { digest } = await buildDigest("u-ai", DATE, { now: NOW });
    expect(digest.digest_summary).toBe("Morning Maya! One strong data internship is waiting for you.");
    const calls = await (await getDb()).select().from(aiCalls).where(eq(aiCalls.user_id, "u-ai"));
    expect(calls.map((c) => [c.operation, c.ok])).toEqual([["digest_summary", true]]);

    fake.enqueue({ status: 500, body: { error: { message: "boom" } } });
    const again = await buildDigest("u-ai", DATE, { now: NOW });
    expect(again.digest.digest_summary).toContain("1 new job matched your profile");
  });
});
