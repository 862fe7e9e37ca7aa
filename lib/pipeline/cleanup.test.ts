import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { aiCalls, dailyDigests, emailOutbox, jobListings, jobScores, userProfiles } from "@/db/schema";
import { testDriver, useTestDb } from "@/tests/db";
import { runCleanup } from "./cleanup";

useTestDb();

const NOW = new Date("2026-11-26T12:00:00Z");
const daysAgo = (d: number, extraMs = 0) => new Date(NOW.getTime() - d * 86_400_000 - extraMs);

describe(`weekly cleanup (${testDriver})`, () => {
  it("deletes exactly what is past retention and never a score the student acted on", async () => {
    const db = await getDb();
    await db.insert(userProfiles).values({ user_id: "u1" });
    const jobs = await db
      .insert(jobListings)
      .values([
        { dedupe_key: "open", title: "Open job" },
        { dedupe_key: "closed-old", title: "Closed long ago", status: "closed", closed_at: daysAgo(60, 1000) },
        { dedupe_key: "closed-recent", title: "Closed recently", status: "closed", closed_at: daysAgo(60, -1000) },
        { dedupe_key: "closed-old-applied", title: "Closed, applied", status: "closed", closed_at: daysAgo(90) },
      ])
      .returning();
    const [open, , , closedApplied] = jobs;
    await db.insert(jobScores).values([
      { user_id: "u1", job_id: open.id, compatibility_score: 70, scored_at: daysAgo(30, 1000) }, // expired
      { user_id: "u1", job_id: jobs[2].id, compatibility_score: 70, scored_at: daysAgo(30, -1000) }, // kept: inside window
      { user_id: "u1", job_id: closedApplied.id, compatibility_score: 90, scored_at: daysAgo(200), user_applied: true }, // acted on
    ]);
    await db.insert(dailyDigests).values([
      { user_id: "u1", digest_date: "2026-01-01", created_at: daysAgo(180, 1000) },
      { user_id: "u1", digest_date: "2026-11-25", created_at: daysAgo(1) },
    ]);
    const outbox = (key: string, created_at: Date) => ({
      kind: "digest", idempotency_key: key, to_address: "a@b.c", from_address: "x@y.z", subject: "s", html: "h", text: "t",
      provider: "outbox", created_at,
    });
    await db.insert(emailOutbox).values([outbox("old", daysAgo(30, 1000)), outbox("new", daysAgo(29))]);
    await db.insert(aiCalls).values([
      { operation: "score_jobs", model: "m", ok: true, created_at: daysAgo(90, 1000) },
      { operation: "score_jobs", model: "m", ok: true, created_at: daysAgo(89) },
    ]);

    const deleted = await runCleanup({ now: NOW });
    expect(deleted).toEqual({ job_scores: 1, job_listings: 1, daily_digests: 1, email_outbox: 1, ai_calls: 1, ai_score_cache: 0, ai_batches: 0 });

    const remainingJobs = (await db.select().from(jobListings)).map((j) => j.dedupe_key).sort();
    expect(remainingJobs).toEqual(["closed-old-applied", "closed-recent", "open"]);
    const remainingScores = await db.select().from(jobScores);
    expect(remainingScores.map((s) => s.job_id).sort()).toEqual([jobs[2].id, closedApplied.id].sort());

    // Running it again deletes nothing more.
    expect(await runCleanup({ now: NOW })).toEqual({ job_scores: 0, job_listings: 0, daily_digests: 0, email_outbox: 0, ai_calls: 0, ai_score_cache: 0, ai_batches: 0 });
  });
});
