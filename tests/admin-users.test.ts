import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE, GET as getDetail } from "@/app/api/v1/admin/users/[user_id]/route";
import { POST as resendDigest } from "@/app/api/v1/admin/users/[user_id]/digest/route";
import { POST as scoreNow } from "@/app/api/v1/admin/users/[user_id]/score/route";
import { GET as listUsers } from "@/app/api/v1/profiles/users/route";
import { getDb } from "@/db";
import { aiCalls, authSessions, authUsers, dailyDigests, emailOutbox, jobScores, userProfiles } from "@/db/schema";
import { createAdmin } from "@/lib/admin/create-admin";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";
import { insertJobs, seedProfile, typicalJobs } from "@/tests/matching-seed";

useTestDb();

let adminKey = "";
let adminId = "";
let student = { cookie: "", userId: "" };

beforeAll(async () => {
  ({ apiKey: adminKey } = await createAdmin({ email: "root@example.com" }));
  adminId = (await (await getDb()).select().from(authUsers).where(eq(authUsers.email, "root@example.com")))[0].id;
  student = await signUpAndGetCookie("sam@example.com", undefined, "Sam Student");
  await seedProfile(student.userId, { full_name: "Sam Student", timezone: "UTC" });
  await seedProfile("zed-imported", { full_name: "Zed Imported" });
  await insertJobs(Object.values(typicalJobs(new Date())));
  await (await getDb()).insert(aiCalls).values({ user_id: student.userId, operation: "parse_resume", model: "gpt-4o-mini", tokens_in: 1000, tokens_out: 200, cost_usd: 0.002, latency_ms: 900, ok: true });
});

const call = (handler: typeof scoreNow, userId: string, auth: { apiKey?: string; cookie?: string }, method = "POST") =>
  handler(requestWith(`/api/v1/admin/users/${userId}`, { method, ...auth }), routeContext({ user_id: userId }));

describe(`admin user actions (${testDriver})`, () => {
  it("are for admins only: 403 for a student, even on their own id", async () => {
    for (const [handler, method] of [[scoreNow, "POST"], [resendDigest, "POST"], [DELETE, "DELETE"], [getDetail, "GET"]] as const) {
      const res = await call(handler, student.userId, { cookie: student.cookie }, method);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    }
    expect(await (await getDb()).select().from(authUsers).where(eq(authUsers.id, student.userId))).toHaveLength(1);
  });

  it("score now stores matches through a manual pipeline run", async () => {
    const res = await call(scoreNow, student.userId, { apiKey: adminKey });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.stored).toBeGreaterThan(0);
    const rows = await (await getDb()).select().from(jobScores).where(eq(jobScores.user_id, student.userId));
    expect(rows).toHaveLength(body.stored);
    expect((await call(scoreNow, "nobody", { apiKey: adminKey })).status).toBe(404);
  });

  it("resend today's digest sends once, then says it was already sent", async () => {
    const first = await (await call(resendDigest, student.userId, { apiKey: adminKey })).json();
    expect(first.status).toBe("sent");
    const second = await (await call(resendDigest, student.userId, { apiKey: adminKey })).json();
    expect(second).toMatchObject({ status: "already_sent", date: first.date });
    expect(second.message).toMatch(/already sent/);
    const outbox = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.user_id, student.userId));
    expect(outbox).toHaveLength(1);
  });

  it("the detail shows matches, digests, AI calls and cost", async () => {
    const detail = await (await call(getDetail, student.userId, { apiKey: adminKey }, "GET")).json();
    expect(detail.account).toMatchObject({ email: "sam@example.com", role: "student" });
    expect(detail.matches.top.length).toBe(Math.min(10, detail.matches.total));
    expect(detail.digests[0]).toMatchObject({ email_sent: true });
    expect(detail.today.sent).toBe(true);
    expect(detail.ai).toMatchObject({ calls: 1, tokens_in: 1000, tokens_out: 200, cost_usd: 0.002 });
    expect(detail.ai.recent[0]).toMatchObject({ operation: "parse_resume", latency_ms: 900, ok: true });
  });

  it("the user list sorts and carries matches, digests and status", async () => {
    const list = async (q: string) => (await (await listUsers(requestWith(`/api/v1/profiles/users${q}`, { apiKey: adminKey }), routeContext({}))).json()).users;
    const byMatches = await list("?sort=matches");
    expect(byMatches[0]).toMatchObject({ user_id: student.userId, digests_sent: 1, digests_opened: 0, email_status: "active" });
    expect(byMatches[0].matches_stored).toBeGreaterThan(0);
    expect(byMatches[0].last_digest_sent).toEqual(expect.any(String));
    expect((await list("?sort=name")).map((u: { full_name: string }) => u.full_name)).toEqual(["root", "Sam Student", "Zed Imported"]);
    expect((await listUsers(requestWith("/api/v1/profiles/users?sort=bogus", { apiKey: adminKey }), routeContext({}))).status).toBe(422);
  });

  it("delete removes the account (sessions cascade), the profile and everything derived", async () => {
    expect((await call(DELETE, adminId, { apiKey: adminKey }, "DELETE")).status).toBe(409);
    const res = await call(DELETE, student.userId, { apiKey: adminKey }, "DELETE");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ deleted: true, profile: true, account: true, emails_removed: 1 });
    const db = await getDb();
    for (const [table, column] of [[authUsers, authUsers.id], [authSessions, authSessions.userId], [userProfiles, userProfiles.user_id], [jobScores, jobScores.user_id], [dailyDigests, dailyDigests.user_id], [emailOutbox, emailOutbox.user_id], [aiCalls, aiCalls.user_id]] as const) {
      expect(await db.select().from(table).where(eq(column, student.userId))).toHaveLength(0);
    }
    expect(await db.select().from(aiCalls)).toHaveLength(1); // the cost ledger keeps the call, without the user
    expect((await call(DELETE, student.userId, { apiKey: adminKey }, "DELETE")).status).toBe(404);
  });
});
