import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { jobSources, pipelineRuns } from "@/db/schema";
import { ensureDemoSources } from "@/lib/jobs/seed-demo-sources";
import { fetchOneSource } from "@/lib/pipeline/fetch-steps";
import { useTestDb } from "@/tests/db";
import { CRON } from "./events";
import { functions } from "./index";
import { cleanup } from "./functions/cleanup";
import { fetchJobs } from "./functions/fetch-jobs";
import { pollAiBatches } from "./functions/poll-ai-batches";
import { refineDueUsers } from "./functions/refine-due-users";
import { refineUser } from "./functions/refine-user";
import { scoreAllUsers } from "./functions/score-all-users";
import { scoreUser } from "./functions/score-user";
import { sendDigest } from "./functions/send-digest";
import { sendDigests } from "./functions/send-digests";

useTestDb();

const noSend = (id: string) => ({ id, handler: () => ({ ids: [] }) });
type Opts = { id?: string; triggers?: Array<{ cron?: string; event?: string }>; concurrency?: unknown; idempotency?: string; retries?: number };
const opts = (fn: { opts: unknown }) => fn.opts as Opts;

describe("Inngest configuration", () => {
  it("serves every function once, with the crons of the daily rhythm", () => {
    expect(functions.map((f) => (f.opts as { id: string }).id).sort()).toEqual(
      ["cleanup", "fetch-jobs", "poll-ai-batches", "refine-due-users", "refine-user", "score-all-users", "score-user", "send-digest", "send-digests"],
    );
    expect(opts(pollAiBatches).triggers).toEqual([{ cron: "TZ=UTC */10 * * * *" }]);
    expect(opts(refineDueUsers).triggers).toEqual([{ cron: "TZ=UTC 45 * * * *" }]);
    expect(opts(fetchJobs).triggers).toEqual([{ cron: "TZ=UTC 0 * * * *" }]);
    expect(opts(scoreAllUsers).triggers).toEqual(expect.arrayContaining([{ cron: "TZ=UTC 30 * * * *" }, expect.objectContaining({ event: "jobs/fetched" })]));
    expect(opts(sendDigests).triggers).toEqual([{ cron: CRON.sendDigests }]);
    expect(opts(cleanup).triggers).toEqual([{ cron: "TZ=UTC 0 3 * * 0" }]);
  });

  it("limits scoring concurrency globally (5) and per user (1), one run per user and hour", () => {
    expect(opts(scoreUser).concurrency).toEqual([{ limit: 5 }, { key: "event.data.user_id", limit: 1 }]);
    expect(opts(scoreUser).idempotency).toBe("event.data.user_id + '/' + event.data.hour");
    expect(opts(scoreUser).retries).toBe(3);
  });

  it("refines each student once per day, at most 5 at once and one run per student", () => {
    expect(opts(refineUser).idempotency).toBe("event.data.user_id + '/' + event.data.date");
    expect(opts(refineUser).concurrency).toEqual([{ limit: 5 }, { key: "event.data.user_id", limit: 1 }]);
  });

  it("sends one digest per user per local date", () => {
    expect(opts(sendDigest).idempotency).toBe("event.data.user_id + '/' + event.data.date");
    expect(opts(sendDigest).concurrency).toEqual([{ limit: 10 }, { key: "event.data.user_id", limit: 1 }]);
  });
});

describe("fetch-jobs", () => {
  it("runs one step per due source, records the run and emits jobs/fetched with the counts", async () => {
    await ensureDemoSources({ enabled: true }); // on Postgres they ship disabled
    const t = new InngestTestEngine({ function: fetchJobs, steps: [noSend("emit-jobs-fetched")] });
    const { result, error, ctx } = await t.execute();
    expect(error).toBeUndefined();
    const db = await getDb();
    const sources = await db.select().from(jobSources);
    expect(sources.length).toBeGreaterThanOrEqual(8); // the demo feeds, seeded by the first step
    const stepIds = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(stepIds[0]).toBe("start-run");
    expect(stepIds[1]).toBe("list-due-sources");
    expect(stepIds.filter((id) => String(id).startsWith("fetch-source-"))).toHaveLength(sources.length);
    expect(stepIds.at(-1)).toBe("finish-run");
    expect(result).toMatchObject({ sources: sources.length, new: 111, errors: 0 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "emit-jobs-fetched",
      expect.objectContaining({ name: "jobs/fetched", data: expect.objectContaining({ new: 111, errors: 0 }) }),
    );
    const runs = await db.select().from(pipelineRuns);
    expect(runs.find((r) => r.trigger === "inngest")?.status).toBe("ok");
  });

  it("a failing source fails alone: the others still count and the event is still sent", async () => {
    const db = await getDb();
    const [first] = await db.select().from(jobSources).limit(1);
    await db.update(jobSources).set({ next_fetch_at: null }); // everything due again
    const t = new InngestTestEngine({
      function: fetchJobs,
      steps: [noSend("emit-jobs-fetched"), { id: `fetch-source-${first.id}`, handler: () => { throw new Error("boom"); } }],
    });
    const { result, error } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ errors: 1 });
  });
});

describe("a failing source step is retried alone", () => {
  it("fetchOneSource throws for a source that fails (so Inngest retries that step), after recording the failure", async () => {
    const db = await getDb();
    const [broken] = await db
      .insert(jobSources)
      .values({ name: "Broken feed", kind: "rss", url: "demo://no-such-feed.xml", is_demo: true, enabled: true })
      .returning();
    await expect(fetchOneSource(broken.id)).rejects.toThrow(/Broken feed/);
    const [after] = await db.select().from(jobSources).where(eq(jobSources.id, broken.id));
    expect(after.consecutive_failures).toBe(1);
    expect(after.last_error).toBeTruthy();
    // The function gives each source its own step and a retry budget.
    expect(opts(fetchJobs).retries).toBe(2);
  });
});

describe("fan-out", () => {
  it("score-all-users sends one user/score.requested per active user, in batches of 500", async () => {
    const userIds = Array.from({ length: 620 }, (_, i) => `u${i}`);
    const t = new InngestTestEngine({
      function: scoreAllUsers,
      events: [{ name: "jobs/fetched", data: { sources: 8, fetched: 114, new: 111, updated: 0, errors: 0 } }],
      steps: [{ id: "load-active-users", handler: () => ({ userIds, hour: "2026-11-26T14" }) }, noSend("fan-out-0"), noSend("fan-out-1")],
    });
    const { result, error, ctx } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ users: 620, hour: "2026-11-26T14" });
    const calls = vi.mocked(ctx.step.sendEvent).mock.calls;
    expect(calls.map((c) => c[0])).toEqual(["fan-out-0", "fan-out-1"]);
    const payloads = calls.flatMap((c) => c[1] as Array<{ name: string; data: { user_id: string; hour: string } }>);
    expect(payloads).toHaveLength(620);
    expect(payloads[0]).toMatchObject({ name: "user/score.requested", data: { user_id: "u0", hour: "2026-11-26T14" } });
  });

  it("send-digests fans out digest/requested with each student's local date", async () => {
    const due = [{ user_id: "a", date: "2026-11-26" }, { user_id: "b", date: "2026-11-25" }];
    const t = new InngestTestEngine({
      function: sendDigests,
      steps: [{ id: "list-due-users", handler: () => due }, noSend("fan-out-0")],
    });
    const { result, error, ctx } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ users: 2 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("fan-out-0", [
      expect.objectContaining({ name: "digest/requested", data: { user_id: "a", date: "2026-11-26" } }),
      expect.objectContaining({ name: "digest/requested", data: { user_id: "b", date: "2026-11-25" } }),
    ]);
  });

  it("refine-due-users sends one user/refine.requested per due student with the UTC date", async () => {
    const t = new InngestTestEngine({
      function: refineDueUsers,
      steps: [{ id: "list-due-users", handler: () => ({ userIds: ["a", "b"], date: "2026-11-26" }) }, noSend("fan-out-0")],
    });
    const { result, error, ctx } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ users: 2, date: "2026-11-26" });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("fan-out-0", [
      expect.objectContaining({ name: "user/refine.requested", data: { user_id: "a", date: "2026-11-26" } }),
      expect.objectContaining({ name: "user/refine.requested", data: { user_id: "b", date: "2026-11-26" } }),
    ]);
  });

  it("refine-user refines the student named by the event in one step (local mode: no model, nothing pending)", async () => {
    const t = new InngestTestEngine({
      function: refineUser,
      events: [{ name: "user/refine.requested", data: { user_id: "nobody", date: "2026-11-26" } }],
    });
    const { result, error } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ user_id: "nobody", ai_mode: "rules", pending: 0, updated: 0 });
  });

  it("poll-ai-batches polls in one step (nothing submitted: nothing to apply)", async () => {
    const t = new InngestTestEngine({ function: pollAiBatches });
    const { result, error } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ polled: 0, applied: 0, updated: 0, fallen_back: 0, waiting: 0 });
  });

  it("score-user scores the student named by the event", async () => {
    const t = new InngestTestEngine({
      function: scoreUser,
      events: [{ name: "user/score.requested", data: { user_id: "nobody", hour: "2026-11-26T14" } }],
    });
    const { error } = await t.execute();
    // No such profile: a non-retriable failure rather than three pointless retries.
    expect(String((error as Error | undefined)?.message ?? error)).toContain("No profile for user nobody");
  });
});

describe("cleanup", () => {
  it("runs the retention cleanup in one step and records the run", async () => {
    const t = new InngestTestEngine({ function: cleanup });
    const { result, error } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ job_scores: 0, job_listings: 0, daily_digests: 0, email_outbox: 0, ai_calls: 0, ai_score_cache: 0, ai_batches: 0 });
  });
});
