import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { dailyDigests, emailOutbox } from "@/db/schema";
import { sendDigestForUser } from "@/lib/digest/send-digest";
import { EmailDeliveryError, emailDeliveryConfig } from "@/lib/email/send";
import { resetEnvCache } from "@/lib/env";
import { testDriver, useTestDb } from "@/tests/db";
import { seedJob, seedProfile, seedScore } from "@/tests/digest-seed";
import { type FakeResend, startFakeResend } from "@/tests/fake-resend-server";
import { setOpenAiEnv } from "@/tests/openai-env";

/**
 * Resend faults the delivery tests do not cover: a send that is accepted but
 * never answered on every attempt, a mixed storm, a provider that refuses
 * connections, and two workers sending the same digest at once. Each proves
 * the data outcome: exactly one email in the fake's ledger, one outbox row per
 * key, and a recorded failure whenever nothing was confirmed.
 */
useTestDb();

const NOW = new Date();
const DATE = NOW.toISOString().slice(0, 10);
let fake: FakeResend;
let restoreOpenAi = () => {};
const saved = { ...emailDeliveryConfig };
const ENV_KEYS = ["RESEND_API_KEY", "RESEND_BASE_URL", "APP_URL", "EMAIL_FROM"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));

function pointResendAt(baseUrl: string) {
  Object.assign(process.env, { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: baseUrl });
  resetEnvCache();
}

async function studentWithMatch(userId: string) {
  await seedProfile({ user_id: userId, email: `${userId}@students.example.com` });
  const job = await seedJob({ title: `Analyst for ${userId}`, first_seen_at: new Date(NOW.getTime() - 3600_000) });
  await seedScore({ user_id: userId, job_id: job.id, compatibility_score: 85 });
}

async function rowsOf(userId: string) {
  const db = await getDb();
  return {
    outbox: await db.select().from(emailOutbox).where(eq(emailOutbox.user_id, userId)),
    digests: await db.select().from(dailyDigests).where(eq(dailyDigests.user_id, userId)),
  };
}
const deliveredTo = (userId: string) => fake.delivered.filter((d) => d.key === `digest/${userId}/${DATE}`);

beforeAll(async () => {
  restoreOpenAi = setOpenAiEnv(null);
  fake = await startFakeResend();
  Object.assign(process.env, { APP_URL: "http://app.test", EMAIL_FROM: "JobMatch <digest@jobmatch.test>" });
  Object.assign(emailDeliveryConfig, { timeoutMs: 300, baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4 });
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
  pointResendAt(fake.baseUrl);
});

describe(`Resend faults keep digests exactly-once (${testDriver})`, () => {
  it("accepted but never answered on every attempt: the failure is recorded, and the rerun confirms the one email instead of sending a second", async () => {
    await studentWithMatch("r-hang-all");
    fake.script({ hang: true }, { hang: true }, { hang: true }, { hang: true });
    await expect(sendDigestForUser("r-hang-all", DATE, { now: NOW })).rejects.toBeInstanceOf(EmailDeliveryError);
    expect(fake.requests).toHaveLength(4);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey))).toEqual(new Set([`digest/r-hang-all/${DATE}`]));
    expect(deliveredTo("r-hang-all")).toHaveLength(1); // the provider did take it: the app just never heard back
    let rows = await rowsOf("r-hang-all");
    expect(rows.outbox).toHaveLength(1);
    expect(rows.outbox[0]).toMatchObject({ status: "failed", attempts: 4, provider_message_id: null });
    expect(rows.outbox[0].error).toMatch(/no_response/);
    expect(rows.digests).toHaveLength(1);
    expect(rows.digests[0]).toMatchObject({ status: "failed", email_sent: false });

    expect(await sendDigestForUser("r-hang-all", DATE, { now: NOW })).toMatchObject({ status: "sent" });
    expect(deliveredTo("r-hang-all")).toHaveLength(1);
    rows = await rowsOf("r-hang-all");
    expect(rows.outbox).toHaveLength(1);
    expect(rows.outbox[0]).toMatchObject({ status: "sent", attempts: 5, error: null, provider_message_id: fake.delivered[0].id });
    expect(rows.digests).toEqual([expect.objectContaining({ email_sent: true, status: "sent" })]);
  });

  it("a mixed storm (429 with Retry-After, a hang after acceptance, a 500) ends with one email and one sent row", async () => {
    await studentWithMatch("r-storm");
    fake.script({ status: 429, retryAfter: "0" }, { hang: true }, { status: 500 });
    expect(await sendDigestForUser("r-storm", DATE, { now: NOW })).toMatchObject({ status: "sent" });
    expect(fake.requests).toHaveLength(4);
    expect(deliveredTo("r-storm")).toHaveLength(1);
    const { outbox } = await rowsOf("r-storm");
    expect(outbox).toEqual([expect.objectContaining({ status: "sent", attempts: 4, error: null, provider_message_id: deliveredTo("r-storm")[0].id })]);
  });

  it("a provider that refuses connections: never silently zero — a failed row with the error, then one send once it is back", async () => {
    await studentWithMatch("r-refused");
    pointResendAt("http://127.0.0.1:9"); // discard port: nothing listens
    await expect(sendDigestForUser("r-refused", DATE, { now: NOW })).rejects.toBeInstanceOf(EmailDeliveryError);
    let rows = await rowsOf("r-refused");
    expect(rows.outbox).toEqual([expect.objectContaining({ status: "failed", attempts: 4 })]);
    expect(rows.outbox[0].error).toBeTruthy();
    expect(rows.digests).toEqual([expect.objectContaining({ status: "failed", email_sent: false })]);
    expect(fake.requests).toHaveLength(0);

    pointResendAt(fake.baseUrl);
    expect(await sendDigestForUser("r-refused", DATE, { now: NOW })).toMatchObject({ status: "sent" });
    rows = await rowsOf("r-refused");
    expect(deliveredTo("r-refused")).toHaveLength(1);
    expect(rows.outbox).toEqual([expect.objectContaining({ status: "sent", attempts: 5 })]);
  });

  it("two workers sending the same digest at once: one digest row, one outbox row, one email", async () => {
    await studentWithMatch("r-race");
    fake.script({ hang: true }); // the first send stalls, so the two really overlap
    const results = await Promise.allSettled([sendDigestForUser("r-race", DATE, { now: NOW }), sendDigestForUser("r-race", DATE, { now: NOW })]);
    expect(results.some((r) => r.status === "fulfilled" && r.value.status === "sent")).toBe(true);
    expect(deliveredTo("r-race")).toHaveLength(1);
    const rows = await rowsOf("r-race");
    expect(rows.digests).toHaveLength(1);
    expect(rows.outbox).toHaveLength(1);
    expect(rows.outbox[0]).toMatchObject({ status: "sent", provider_message_id: deliveredTo("r-race")[0].id });
    expect(rows.digests[0]).toMatchObject({ email_sent: true });
    // A third call afterwards sends nothing.
    expect(await sendDigestForUser("r-race", DATE, { now: NOW })).toMatchObject({ status: "already_sent" });
    expect(deliveredTo("r-race")).toHaveLength(1);
  });
});
