import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { dailyDigests, emailOutbox, jobScores } from "@/db/schema";
import { sendDigestForUser } from "@/lib/digest/send-digest";
import { EmailDeliveryError, emailDeliveryConfig } from "@/lib/email/send";
import { resetEnvCache } from "@/lib/env";
import { seedJob, seedProfile, seedScore } from "@/tests/digest-seed";
import { testDriver, useTestDb } from "@/tests/db";
import { type FakeResend, startFakeResend } from "@/tests/fake-resend-server";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const NOW = new Date();
const DATE = NOW.toISOString().slice(0, 10);
let fake: FakeResend;
let restoreOpenAi = () => {};
const saved = { ...emailDeliveryConfig };
const ENV_KEYS = ["RESEND_API_KEY", "RESEND_BASE_URL", "APP_URL", "EMAIL_FROM"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));

function useResend(on: boolean) {
  if (on) Object.assign(process.env, { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: fake.baseUrl });
  else delete process.env.RESEND_API_KEY;
  resetEnvCache();
}

async function studentWithMatch(userId: string) {
  await seedProfile({ user_id: userId, email: `${userId}@students.example.com` });
  const job = await seedJob({ title: `Analyst for ${userId}`, first_seen_at: new Date(NOW.getTime() - 3600_000) });
  await seedScore({ user_id: userId, job_id: job.id, compatibility_score: 85 });
  return job;
}

async function outboxRows(userId: string) {
  return (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.user_id, userId));
}

beforeAll(async () => {
  restoreOpenAi = setOpenAiEnv(null);
  fake = await startFakeResend();
  Object.assign(process.env, { APP_URL: "http://app.test", EMAIL_FROM: "JobMatch <digest@jobmatch.test>" });
  // Real retries and a real timeout, just short: nothing here asserts on time.
  Object.assign(emailDeliveryConfig, { timeoutMs: 400, baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4 });
});
afterAll(async () => {
  Object.assign(emailDeliveryConfig, saved);
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  resetEnvCache();
  restoreOpenAi();
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  useResend(true);
});

describe(`sendDigestForUser through Resend (${testDriver})`, () => {
  it("sends once with the idempotency key, unsubscribe headers and a text part; a second call sends nothing", async () => {
    const job = await studentWithMatch("s-ok");
    expect(await sendDigestForUser("s-ok", DATE, { now: NOW })).toMatchObject({ status: "sent" });
    expect(fake.requests).toHaveLength(1);
    const [req] = fake.requests;
    expect(req.idempotencyKey).toBe(`digest/s-ok/${DATE}`);
    expect(req.authorization).toBe("Bearer re_test_key");
    expect(req.body).toMatchObject({ from: "JobMatch <digest@jobmatch.test>", to: "s-ok@students.example.com" });
    const headers = req.body.headers as Record<string, string>;
    expect(headers["List-Unsubscribe"]).toMatch(/^<http:\/\/app\.test\/api\/v1\/email\/unsubscribe\?token=[\w.-]+>$/);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(req.body.text).toContain(`Analyst for s-ok`);
    expect(req.body.html).toContain("/api/v1/email/open/");

    const [digest] = await (await getDb()).select().from(dailyDigests).where(eq(dailyDigests.user_id, "s-ok"));
    expect(digest).toMatchObject({ email_sent: true, status: "sent" });
    expect(digest.email_sent_at).toBeInstanceOf(Date);
    const [score] = await (await getDb()).select().from(jobScores).where(and(eq(jobScores.user_id, "s-ok"), eq(jobScores.job_id, job.id)));
    expect(score.digest_sent_at).toBeInstanceOf(Date);
    const [row] = await outboxRows("s-ok");
    expect(row).toMatchObject({ provider: "resend", status: "sent", attempts: 1, provider_message_id: fake.delivered[0].id, kind: "digest" });

    expect(await sendDigestForUser("s-ok", DATE, { now: NOW })).toMatchObject({ status: "already_sent" });
    expect(fake.requests).toHaveLength(1);
    expect(await outboxRows("s-ok")).toHaveLength(1);
  });

  it("retries a 429 (Retry-After) and a 500 with the same key and delivers exactly once", async () => {
    await studentWithMatch("s-retry");
    fake.script({ status: 429, retryAfter: "1" }, { status: 500 });
    expect(await sendDigestForUser("s-retry", DATE, { now: NOW })).toMatchObject({ status: "sent" });
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual(Array(3).fill(`digest/s-retry/${DATE}`));
    expect(fake.delivered).toHaveLength(1);
    const [row] = await outboxRows("s-retry");
    expect(row).toMatchObject({ status: "sent", attempts: 3, error: null, provider_message_id: fake.delivered[0].id });
  });

  it("survives a timeout mid-send: the retry hits the idempotency key, one email in all", async () => {
    await studentWithMatch("s-hang");
    fake.script({ hang: true });
    expect(await sendDigestForUser("s-hang", DATE, { now: NOW })).toMatchObject({ status: "sent" });
    expect(fake.requests).toHaveLength(2);
    expect(fake.delivered).toHaveLength(1);
    const [row] = await outboxRows("s-hang");
    expect(row.provider_message_id).toBe(fake.delivered[0].id);
  });

  it("records a failure after the last attempt (never silently zero), and a later run sends it once", async () => {
    await studentWithMatch("s-down");
    fake.script({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    await expect(sendDigestForUser("s-down", DATE, { now: NOW })).rejects.toBeInstanceOf(EmailDeliveryError);
    const [failed] = await outboxRows("s-down");
    expect(failed).toMatchObject({ status: "failed", attempts: 4 });
    expect(failed.error).toContain("500");
    const [digest] = await (await getDb()).select().from(dailyDigests).where(eq(dailyDigests.user_id, "s-down"));
    expect(digest).toMatchObject({ status: "failed", email_sent: false });
    expect(fake.delivered).toHaveLength(0);

    expect(await sendDigestForUser("s-down", DATE, { now: NOW })).toMatchObject({ status: "sent" });
    expect(fake.delivered).toHaveLength(1);
    const [sent] = await outboxRows("s-down");
    expect(sent).toMatchObject({ status: "sent", attempts: 5, html: failed.html });
  });

  it("does not retry a 422 and records it", async () => {
    await studentWithMatch("s-bad");
    fake.script({ status: 422 });
    await expect(sendDigestForUser("s-bad", DATE, { now: NOW })).rejects.toThrow(/422/);
    expect(fake.requests).toHaveLength(1);
    expect((await outboxRows("s-bad"))[0]).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("skips students who turned digests off, bounced, or have nothing new (no all-quiet outside Mondays)", async () => {
    await seedProfile({ user_id: "s-off", digest_enabled: false });
    await seedProfile({ user_id: "s-bounced", email_status: "bounced" });
    await seedProfile({ user_id: "s-quiet" });
    expect(await sendDigestForUser("s-off", DATE)).toMatchObject({ status: "skipped", reason: "digests_off" });
    expect(await sendDigestForUser("s-bounced", DATE)).toMatchObject({ status: "skipped", reason: "email_status" });
    expect(await sendDigestForUser("s-quiet", "2026-11-24")).toMatchObject({ status: "skipped", reason: "nothing_new" });
    expect(fake.requests).toHaveLength(0);
  });

  it("sends the weekly all-quiet note on Monday when nothing was sent that week", async () => {
    await seedProfile({ user_id: "s-monday" });
    expect(await sendDigestForUser("s-monday", "2026-11-23")).toMatchObject({ status: "all_quiet_sent" });
    expect(fake.requests[0].body.subject).toBe("All quiet this week — JobMatch");
    expect(fake.requests[0].body.text).toContain("no new job cleared your 60% match threshold");
    expect(await sendDigestForUser("s-monday", "2026-11-23")).toMatchObject({ status: "already_sent" });
    expect(fake.requests).toHaveLength(1);
  });
});

describe(`sendDigestForUser in outbox mode (${testDriver})`, () => {
  it("stores the message as sent in the outbox and calls no provider", async () => {
    useResend(false);
    await studentWithMatch("s-outbox");
    expect(await sendDigestForUser("s-outbox", DATE, { now: NOW })).toMatchObject({ status: "sent" });
    expect(await sendDigestForUser("s-outbox", DATE, { now: NOW })).toMatchObject({ status: "already_sent" });
    const rows = await outboxRows("s-outbox");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider: "outbox", status: "sent", to_address: "s-outbox@students.example.com", idempotency_key: `digest/s-outbox/${DATE}` });
    expect(rows[0].headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(fake.requests).toHaveLength(0);
  });
});
