import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/admin/metrics/route";
import { getDb } from "@/db";
import { aiCalls, dailyDigests, jobListings, jobScores, pipelineRuns, userProfiles } from "@/db/schema";
import { createAdmin } from "@/lib/admin/create-admin";
import { getMetrics } from "@/lib/metrics";
import { getAiQualityMetrics } from "@/lib/metrics/ai-quality";
import { getCostMetrics } from "@/lib/metrics/cost";
import { getEngagementMetrics } from "@/lib/metrics/engagement";
import { getSystemMetrics } from "@/lib/metrics/system";
import { windowRange } from "@/lib/metrics/window";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

// 12:30 UTC: the 24 h window starts at 12:30 the day before; "today" (budget) began at 00:00.
const NOW = new Date("2026-03-10T12:30:00Z");
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
const r24 = windowRange("24h", NOW);
const r7 = windowRange("7d", NOW);
const r30 = windowRange("30d", NOW);

beforeAll(async () => {
  const db = await getDb();
  await db.insert(userProfiles).values([
    { user_id: "u1", created_at: ago(2), last_resume_upload: ago(2), parse_method: "openai" },
    { user_id: "u2", created_at: ago(48), last_resume_upload: ago(48), parse_method: "local" },
    { user_id: "u3", created_at: ago(240), last_resume_upload: ago(240), parse_method: "local" },
  ]);
  const jobs = await db
    .insert(jobListings)
    .values([
      { dedupe_key: "a", title: "A", first_seen_at: ago(1), fetched_at: ago(1) },
      { dedupe_key: "b", title: "B", first_seen_at: ago(1), fetched_at: ago(1) },
      { dedupe_key: "c", title: "C", first_seen_at: ago(72), fetched_at: ago(72) },
      { dedupe_key: "d", title: "D", first_seen_at: ago(24 * 40), fetched_at: ago(24 * 40) },
    ])
    .returning();
  await db.insert(jobScores).values([
    { user_id: "u1", job_id: jobs[0].id, compatibility_score: 90, scoring_method: "ai", scored_at: ago(1), clicked_at: ago(0.5), user_interested: true, user_feedback: "interested", feedback_at: ago(0.5) },
    { user_id: "u1", job_id: jobs[1].id, compatibility_score: 70, scoring_method: "rules", scored_at: ago(1), user_interested: false, user_feedback: "not_interested", feedback_reason: "too_senior", feedback_at: ago(0.5) },
    { user_id: "u2", job_id: jobs[0].id, compatibility_score: 50, scoring_method: "rules", scored_at: ago(72) },
  ]);
  const call = { model: "gpt-4o-mini", tokens_in: 1000, tokens_cached: 200, tokens_out: 100 };
  await db.insert(aiCalls).values([
    { ...call, user_id: "u1", operation: "parse_resume", ok: true, latency_ms: 100, cost_usd: 0.01, created_at: ago(1) },
    { ...call, user_id: "u1", operation: "parse_resume", ok: false, latency_ms: 300, cost_usd: 0, created_at: ago(2) },
    { ...call, user_id: "u1", operation: "score_jobs", ok: true, latency_ms: 1000, cost_usd: 0.02, created_at: ago(0.5) },
    { ...call, user_id: "u2", operation: "score_jobs", ok: true, latency_ms: 2000, cost_usd: 0.03, created_at: ago(5) },
    { ...call, user_id: "u2", operation: "parse_resume", ok: true, latency_ms: 200, cost_usd: 0.005, created_at: ago(72) },
    { ...call, user_id: null, operation: "digest_summary", ok: true, latency_ms: 50, cost_usd: 1, created_at: ago(24 * 40) },
  ]);
  await db.insert(dailyDigests).values([
    { user_id: "u1", digest_date: "2026-03-10", email_sent: true, email_sent_at: ago(3), email_opened: true, email_clicked: true },
    { user_id: "u2", digest_date: "2026-03-09", email_sent: true, email_sent_at: ago(20), email_opened: true },
    { user_id: "u2", digest_date: "2026-03-05", email_sent: true, email_sent_at: ago(120) },
    { user_id: "u3", digest_date: "2026-03-10", email_sent: false },
  ]);
  await db.insert(pipelineRuns).values([
    { kind: "fetch", status: "ok", started_at: ago(1), finished_at: new Date(ago(1).getTime() + 10_000) },
    { kind: "fetch", status: "error", started_at: ago(2), finished_at: new Date(ago(2).getTime() + 4_000), error: "boom" },
    { kind: "score", status: "ok", started_at: ago(1), finished_at: new Date(ago(1).getTime() + 6_000) },
    { kind: "score", status: "ok", started_at: ago(100), finished_at: new Date(ago(100).getTime() + 2_000) },
  ]);
});

describe(`metrics (${testDriver})`, () => {
  it("buckets a window by hour (24 h) or UTC day, oldest first", () => {
    expect(r24.bucket).toBe("hour");
    expect(r24.keys[0]).toBe("2026-03-09T12");
    expect(r24.keys.at(-1)).toBe("2026-03-10T12");
    expect(r24.keys).toHaveLength(25);
    expect(r7.keys).toEqual(["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10"]);
  });

  it("system: parse success, latency percentiles, throughput, pipeline runs", async () => {
    const s = await getSystemMetrics(r24);
    expect(s.parse).toEqual({ ai_ok: 1, ai_failed: 1, ai_success_rate: 0.5, by_method: [{ method: "openai", count: 1 }], profiles_parsed: 1 });
    expect(s.ai_latency.overall).toEqual({ operation: "all", calls: 4, p50_ms: 650, p95_ms: 1850 });
    expect(s.ai_latency.by_operation).toEqual([
      { operation: "parse_resume", calls: 2, p50_ms: 200, p95_ms: 290 },
      { operation: "score_jobs", calls: 2, p50_ms: 1500, p95_ms: 1950 },
    ]);
    expect(s.throughput.jobs_fetched).toBe(2);
    expect(s.throughput.jobs_scored).toBe(2);
    expect(s.throughput.series).toHaveLength(25);
    expect(s.throughput.series.find((p) => p.bucket === "2026-03-10T11")).toEqual({ bucket: "2026-03-10T11", fetched: 2, scored: 2 });
    expect(s.throughput.series.filter((p) => p.fetched === 0)).toHaveLength(24);
    expect(s.pipeline_runs).toEqual([
      { kind: "fetch", runs: 2, failed: 1, skipped: 0, avg_s: 7, p95_s: expect.closeTo(9.7, 5), max_s: 10 },
      { kind: "score", runs: 1, failed: 0, skipped: 0, avg_s: 6, p95_s: 6, max_s: 6 },
    ]);

    const week = await getSystemMetrics(r7);
    expect(week.parse).toMatchObject({ ai_ok: 2, ai_failed: 1, by_method: [{ method: "local", count: 1 }, { method: "openai", count: 1 }] });
    expect(week.parse.ai_success_rate).toBeCloseTo(2 / 3, 10);
    expect(week.throughput.jobs_fetched).toBe(3);
    expect(week.throughput.series.find((p) => p.bucket === "2026-03-07")).toEqual({ bucket: "2026-03-07", fetched: 1, scored: 1 });
    expect(week.pipeline_runs.find((r) => r.kind === "score")?.runs).toBe(2);
  });

  it("engagement: profiles created, CTR, digest rates, feedback", async () => {
    const e = await getEngagementMetrics(r24);
    expect(e.profiles_created).toBe(1);
    expect(e.matches).toEqual({ stored: 2, clicked: 1, ctr: 0.5 });
    expect(e.digests).toEqual({ sent: 2, opened: 2, clicked: 1, open_rate: 1, click_rate: 0.5 });
    expect(e.feedback).toEqual({
      total: 2,
      by_value: [{ value: "interested", count: 1 }, { value: "not_interested", count: 1 }],
      by_reason: [{ reason: "too_senior", count: 1 }],
    });
    const month = await getEngagementMetrics(r30);
    expect(month.profiles_created).toBe(3);
    expect(month.matches).toEqual({ stored: 3, clicked: 1, ctr: 1 / 3 });
    expect(month.digests).toMatchObject({ sent: 3, opened: 2, clicked: 1 });
    expect(month.digests.open_rate).toBeCloseTo(2 / 3, 10);
  });

  it("AI quality: average score and top-10 feedback shares", async () => {
    const q = await getAiQualityMetrics(r24);
    expect(q).toEqual({
      avg_score: 80,
      scores_stored: 2,
      by_method: [{ method: "ai", count: 1, avg: 90 }, { method: "rules", count: 1, avg: 70 }],
      top10_feedback: { interested: 1, not_interested: 1, interested_share: 0.5, not_interested_share: 0.5 },
    });
    expect((await getAiQualityMetrics(r7)).avg_score).toBe(70);
  });

  it("cost: per bucket, per operation, per active user per day, today vs budget", async () => {
    const c = await getCostMetrics(r24);
    expect(c.total_usd).toBeCloseTo(0.06, 10);
    expect(c.total_calls).toBe(4);
    expect(c.tokens).toEqual({ in: 4000, cached: 800, out: 400 });
    expect(c.by_operation).toEqual([
      { operation: "parse_resume", calls: 2, tokens_in: 2000, tokens_cached: 400, tokens_out: 200, cost_usd: 0.01 },
      { operation: "score_jobs", calls: 2, tokens_in: 2000, tokens_cached: 400, tokens_out: 200, cost_usd: 0.05 },
    ]);
    expect(c.per_active_user.series.map((p) => [p.bucket, p.active_users])).toEqual([["2026-03-09", 0], ["2026-03-10", 2]]);
    expect(c.per_active_user.user_days).toBe(2);
    expect(c.per_active_user.avg_usd).toBeCloseTo(0.03, 10);
    expect(c.today).toMatchObject({ budget_usd: 5, state: "ok" });
    expect(c.today.today_usd).toBeCloseTo(0.06, 10);

    const month = await getCostMetrics(r30);
    expect(month.total_usd).toBeCloseTo(0.065, 10);
    expect(month.series).toHaveLength(31);
  });

  it("GET /api/v1/admin/metrics answers admins with every group, refuses students", async () => {
    const { apiKey } = await createAdmin({ email: "metrics-admin@example.com" });
    const res = await GET(requestWith("/api/v1/admin/metrics?window=30d", { apiKey }), routeContext({}));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ window: "30d", bucket: "day" });
    expect(Object.keys(body)).toEqual(expect.arrayContaining(["system", "engagement", "ai_quality", "cost"]));
    expect((await GET(requestWith("/api/v1/admin/metrics?window=1y", { apiKey }), routeContext({}))).status).toBe(422);
    const student = await signUpAndGetCookie("metrics-student@example.com");
    expect((await GET(requestWith("/api/v1/admin/metrics", { cookie: student.cookie }), routeContext({}))).status).toBe(403);
  });

  it("getMetrics composes the groups for one window", async () => {
    const m = await getMetrics("24h", NOW);
    expect(m).toMatchObject({ window: "24h", bucket: "hour", since: "2026-03-09T12:30:00.000Z", until: NOW.toISOString() });
    expect(m.system.throughput.jobs_fetched).toBe(2);
    expect(m.engagement.profiles_created).toBe(1);
  });
});
