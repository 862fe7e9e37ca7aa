import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOutbox } from "@/app/api/v1/admin/outbox/route";
import { GET as getOutboxMessage } from "@/app/api/v1/admin/outbox/[id]/route";
import { GET as getDigest } from "@/app/api/v1/profiles/digests/[user_id]/[digest_id]/route";
import { GET as listDigests } from "@/app/api/v1/profiles/digests/[user_id]/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/profiles/settings/[user_id]/route";
import { createAdmin } from "@/lib/admin/create-admin";
import { sendDigestForUser } from "@/lib/digest/send-digest";
import { resetEnvCache } from "@/lib/env";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { seedJob, seedProfile, seedScore } from "@/tests/digest-seed";
import { testDriver, useTestDb } from "@/tests/db";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const DATE = new Date().toISOString().slice(0, 10);
let cookie = "";
let userId = "";
let otherCookie = "";
let adminKey = "";
let restore = () => {};

beforeAll(async () => {
  restore = setOpenAiEnv(null);
  delete process.env.RESEND_API_KEY;
  resetEnvCache();
  ({ cookie, userId } = await signUpAndGetCookie("digest-student@example.com"));
  ({ cookie: otherCookie } = await signUpAndGetCookie("someone-else@example.com"));
  adminKey = (await createAdmin({ email: "root@example.com" })).apiKey;
});
afterAll(() => restore());

const put = (body: unknown, as = userId, c = cookie) =>
  putSettings(
    requestWith(`/api/v1/profiles/settings/${as}`, { method: "PUT", cookie: c, headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    routeContext({ user_id: as }),
  );

describe(`settings API (${testDriver})`, () => {
  it("answers the defaults before a profile exists", async () => {
    const res = await getSettings(requestWith(`/api/v1/profiles/settings/${userId}`, { cookie }), routeContext({ user_id: userId }));
    expect(await res.json()).toEqual({ digest_enabled: true, digest_hour: 7, timezone: "UTC", min_score_threshold: 60, digest_frequency: "daily", email_status: "active" });
  });

  it("saves valid settings", async () => {
    const res = await put({ digest_hour: 8, timezone: "America/Los_Angeles", min_score_threshold: 70, digest_frequency: "weekly", digest_enabled: true });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ digest_hour: 8, timezone: "America/Los_Angeles", min_score_threshold: 70, digest_frequency: "weekly" });
  });

  it.each([
    [{ digest_hour: 24 }, "digest_hour"],
    [{ timezone: "Mars/Olympus" }, "timezone"],
    [{ min_score_threshold: 101 }, "min_score_threshold"],
    [{ digest_frequency: "hourly" }, "digest_frequency"],
    [{ email_status: "active" }, "unknown field: email_status"],
    [{}, "send at least one setting"],
  ])("refuses %j with a 422 naming the field", async (body, field) => {
    const res = await put(body);
    expect(res.status).toBe(422);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe("validation_error");
    expect(json.error.message).toContain(field);
  });

  it("is the owner's (or an admin's) only", async () => {
    expect((await put({ digest_hour: 5 }, userId, otherCookie)).status).toBe(403);
  });
});

describe(`digest history API and admin outbox (${testDriver})`, () => {
  let digestId = 0;
  beforeAll(async () => {
    await put({ digest_enabled: true, min_score_threshold: 60, digest_frequency: "daily" });
    const job = await seedJob({ title: "API Analyst", first_seen_at: new Date(Date.now() - 3600_000) });
    await seedScore({ user_id: userId, job_id: job.id, compatibility_score: 88 });
    await seedProfile({ user_id: "someone-unrelated" });
    const result = await sendDigestForUser(userId, DATE);
    expect(result.status).toBe("sent");
    digestId = result.digestId!;
  });

  it("lists the history and marks a digest viewed when its owner reads it", async () => {
    const list = await listDigests(requestWith(`/api/v1/profiles/digests/${userId}`, { cookie }), routeContext({ user_id: userId }));
    const { digests } = (await list.json()) as { digests: Array<Record<string, unknown>> };
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ id: digestId, digest_date: DATE, jobs_count: 1, email_sent: true, user_viewed: false });

    const admin = await getDigest(requestWith("/x", { apiKey: adminKey }), routeContext({ user_id: userId, digest_id: String(digestId) }));
    expect(await admin.json()).toMatchObject({ user_viewed: false });
    const own = await getDigest(requestWith("/x", { cookie }), routeContext({ user_id: userId, digest_id: String(digestId) }));
    const body = (await own.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id: digestId, user_viewed: true });
    expect(body.user_viewed_at).toBeTruthy();
    expect(String(body.digest_html)).toContain("API Analyst");

    const missing = await getDigest(requestWith("/x", { cookie }), routeContext({ user_id: userId, digest_id: "999999" }));
    expect(missing.status).toBe(404);
  });

  it("shows admins the outbox with masked addresses, and each message with both parts", async () => {
    expect((await getOutbox(requestWith("/api/v1/admin/outbox", { cookie }), routeContext({}))).status).toBe(403);
    const res = await getOutbox(requestWith("/api/v1/admin/outbox?limit=10", { apiKey: adminKey }), routeContext({}));
    const list = (await res.json()) as { total: number; messages: Array<Record<string, unknown>> };
    expect(list.total).toBe(1);
    expect(list.messages[0]).toMatchObject({ kind: "digest", provider: "outbox", status: "sent", to_address: "d***t@example.com" });
    expect(list.messages[0]).not.toHaveProperty("html");
    const one = await getOutboxMessage(requestWith("/x", { apiKey: adminKey }), routeContext({ id: String(list.messages[0].id) }));
    const message = (await one.json()) as Record<string, unknown>;
    expect(String(message.html)).toContain("API Analyst");
    expect(String(message.text)).toContain("API Analyst");
    expect((message.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect((await getOutbox(requestWith("/api/v1/admin/outbox?limit=0", { apiKey: adminKey }), routeContext({}))).status).toBe(422);
  });
});
