import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteAccount } from "@/app/api/v1/account/route";
import { GET as exportAccount } from "@/app/api/v1/account/export/route";
import { GET as getProfile, PUT as putProfile } from "@/app/api/v1/profiles/profile/[user_id]/route";
import { getDb } from "@/db";
import { upsertProfile } from "@/db/queries/profiles";
import { aiCalls, authApiKeys, dailyDigests, emailOutbox, jobListings, jobScores, schemaTables } from "@/db/schema";
import { getAuth } from "@/lib/auth";
import { encryptField } from "@/lib/crypto";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

type Student = { cookie: string; userId: string; email: string };
const students: Record<"ada" | "bo", Student> = { ada: { cookie: "", userId: "", email: "ada@example.com" }, bo: { cookie: "", userId: "", email: "bo@example.com" } };

async function seedStudent(s: Student, name: string) {
  Object.assign(s, await signUpAndGetCookie(s.email, "long-password-1", name));
  const db = await getDb();
  await upsertProfile({ user_id: s.userId, full_name: name, email: encryptField(`${name.toLowerCase()}@resume.dev`), phone: encryptField("+1 555 0100"), programming_languages: ["Python"] });
  const [job] = await db.insert(jobListings).values({ dedupe_key: `acme|${name}|remote`, title: `${name} Intern` }).returning();
  await db.insert(jobScores).values({ user_id: s.userId, job_id: job.id, compatibility_score: 77 });
  await db.insert(dailyDigests).values({ user_id: s.userId, digest_date: "2026-11-01", digest_html: `<p>Hi ${name}</p>` });
  await db.insert(emailOutbox).values({ user_id: s.userId, kind: "digest", idempotency_key: `digest:${s.userId}`, to_address: s.email, from_address: "JobMatch <digest@jobmatch.local>", subject: `Jobs for ${name}`, html: "<p/>", text: "", provider: "outbox" });
  await db.insert(aiCalls).values({ user_id: s.userId, operation: "parse_resume", model: "local", ok: true, cost_usd: 0.001 });
  const auth = await getAuth();
  await auth.api.createApiKey({ body: { name: `${name}'s key` }, headers: new Headers({ cookie: s.cookie }) });
}

beforeAll(async () => {
  await seedStudent(students.ada, "Ada");
  await seedStudent(students.bo, "Bo");
});

const origin = { origin: "http://localhost:3000" };

describe(`GET /api/v1/account/export (${testDriver})`, () => {
  it("downloads the caller's own data as JSON, secrets left out", async () => {
    const res = await exportAccount(requestWith("/api/v1/account/export", { cookie: students.ada.cookie }), routeContext({}));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="jobmatch-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ id: students.ada.userId, email: "ada@example.com", role: "student" });
    expect(data.profile).toMatchObject({ user_id: students.ada.userId, full_name: "Ada", email: "ada@resume.dev", phone: "+1 555 0100" });
    expect(data.job_scores).toHaveLength(1);
    expect(data.job_scores[0]).toMatchObject({ compatibility_score: 77, job: { title: "Ada Intern" } });
    expect(data.digests.map((d: { digest_html: string }) => d.digest_html)).toEqual(["<p>Hi Ada</p>"]);
    expect(data.emails.map((m: { subject: string }) => m.subject)).toEqual(["Jobs for Ada"]);
    expect(data.ai_calls).toEqual([expect.objectContaining({ operation: "parse_resume", model: "local" })]);
    expect(data.api_keys).toEqual([expect.objectContaining({ name: "Ada's key", start: expect.stringMatching(/^jm_/) })]);
    expect(data.sessions.length).toBeGreaterThan(0);
    // Nothing of Bo's, and no secrets.
    expect(text).not.toMatch(/Bo Intern|bo@example\.com|bo@resume\.dev|Hi Bo/);
    expect(text).not.toMatch(/"password"|"token"|"key":/);
  });

  it("needs a caller", async () => {
    expect((await exportAccount(requestWith("/api/v1/account/export"), routeContext({}))).status).toBe(401);
  });
});

describe(`API keys (${testDriver})`, () => {
  it("creates (shown once), lists (hash only) and revokes; a revoked key gets 401", async () => {
    const auth = await getAuth();
    const headers = new Headers({ cookie: students.bo.cookie });
    const created = await auth.api.createApiKey({ body: { name: "script" }, headers });
    expect(created.key).toMatch(/^jm_/);
    const db = await getDb();
    const [stored] = await db.select().from(authApiKeys).where(eq(authApiKeys.id, created.id));
    expect(stored.key).not.toBe(created.key); // hashed at rest
    const listed = (await auth.api.listApiKeys({ headers })) as unknown as { apiKeys: Array<Record<string, unknown>> };
    expect(listed.apiKeys.map((k) => k.name).sort()).toEqual(["Bo's key", "script"]);
    expect(listed.apiKeys.every((k) => k.key === undefined)).toBe(true);

    const call = () => getProfile(requestWith(`/api/v1/profiles/profile/${students.bo.userId}`, { apiKey: created.key }), routeContext({ user_id: students.bo.userId }));
    expect((await call()).status).toBe(200);
    // Another student cannot revoke it.
    await expect(auth.api.deleteApiKey({ body: { keyId: created.id }, headers: new Headers({ cookie: students.ada.cookie }) })).rejects.toThrow();
    expect((await call()).status).toBe(200);
    await auth.api.deleteApiKey({ body: { keyId: created.id }, headers });
    expect((await call()).status).toBe(401);
  });
});

describe(`object- and field-level checks on PUT /api/v1/profiles/profile/{user_id} (${testDriver})`, () => {
  const put = (as: Student, target: Student, body: unknown) =>
    putProfile(
      requestWith(`/api/v1/profiles/profile/${target.userId}`, { method: "PUT", cookie: as.cookie, headers: { "content-type": "application/json", ...origin }, body: JSON.stringify(body) }),
      routeContext({ user_id: target.userId }),
    );

  it("refuses another student's profile with 403 and changes nothing", async () => {
    expect((await put(students.ada, students.bo, { personal_info: { full_name: "Hacked" } })).status).toBe(403);
    const res = await getProfile(requestWith(`/api/v1/profiles/profile/${students.bo.userId}`, { cookie: students.bo.cookie }), routeContext({ user_id: students.bo.userId }));
    expect((await res.json()).full_name).toBe("Bo");
  });

  it.each([{ user_id: "someone-else" }, { edited_fields: [] }, { email_status: "active" }, { role: "admin" }, { personal_info: { email_status: "active" } }])(
    "rejects the server-owned field in %j with 422",
    async (body) => {
      const res = await put(students.ada, students.ada, body);
      expect(res.status).toBe(422);
      expect((await res.json()).error.message).toMatch(/unknown field/);
    },
  );
});

/** Every text/varchar value in every table, to prove nothing of a deleted account is left anywhere. */
async function rowsMentioning(needles: string[]) {
  const db = await getDb();
  const hits: string[] = [];
  for (const [name, table] of Object.entries(schemaTables)) {
    const rows = (await db.select().from(table as typeof jobScores)) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const text = JSON.stringify(row);
      if (needles.some((n) => text.includes(n))) hits.push(`${name}: ${text.slice(0, 120)}`);
    }
  }
  return hits;
}

describe(`DELETE /api/v1/account (${testDriver})`, () => {
  const del = (s: Student, body: unknown, auth: { cookie?: string; apiKey?: string } = { cookie: s.cookie }) =>
    deleteAccount(
      requestWith("/api/v1/account", { method: "DELETE", ...auth, headers: { "content-type": "application/json", ...origin }, body: JSON.stringify(body) }),
      routeContext({}),
    );

  it("needs the typed confirmation or the password", async () => {
    expect((await del(students.ada, {})).status).toBe(422);
    expect((await del(students.ada, { confirm: "delete" })).status).toBe(422);
    expect((await del(students.ada, { password: "not-my-password" })).status).toBe(403);
    const auth = await getAuth();
    const { key } = await auth.api.createApiKey({ body: { name: "leaked" }, headers: new Headers({ cookie: students.ada.cookie }) });
    expect((await del(students.ada, { confirm: "DELETE" }, { apiKey: key })).status).toBe(403); // a key alone cannot
  });

  it("refuses a cross-site request", async () => {
    const res = await deleteAccount(
      requestWith("/api/v1/account", { method: "DELETE", cookie: students.ada.cookie, headers: { "content-type": "application/json", origin: "https://evil.example" }, body: JSON.stringify({ confirm: "DELETE" }) }),
      routeContext({}),
    );
    expect(res.status).toBe(403);
  });

  it("removes the account and everything derived from it, signs out, and leaves other students alone", async () => {
    const ada = students.ada;
    expect(await rowsMentioning([ada.userId])).not.toHaveLength(0);
    const res = await del(ada, { confirm: "DELETE" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: true, user_id: ada.userId });
    const cleared = res.headers.getSetCookie();
    expect(cleared.some((c) => /session_token=;.*Max-Age=0/.test(c))).toBe(true);

    expect(await rowsMentioning([ada.userId, ada.email, "ada@resume.dev", "Hi Ada", "Jobs for Ada"])).toEqual([]);
    const db = await getDb();
    // The cost ledger keeps the anonymous row for the global budget.
    expect((await db.select().from(aiCalls).where(sql`${aiCalls.user_id} is null`)).length).toBe(1);
    // The old cookie is dead; Bo is untouched.
    expect((await exportAccount(requestWith("/api/v1/account/export", { cookie: ada.cookie }), routeContext({}))).status).toBe(401);
    const bo = await exportAccount(requestWith("/api/v1/account/export", { cookie: students.bo.cookie }), routeContext({}));
    expect((await bo.json()).profile.full_name).toBe("Bo");
  });

  it("signing in afterwards fails", async () => {
    const auth = await getAuth();
    const res = await auth.api.signInEmail({ body: { email: "ada@example.com", password: "long-password-1" }, asResponse: true });
    expect(res.status).toBe(401);
  });

  it("accepts the password instead of the typed word", async () => {
    const res = await del(students.bo, { password: "long-password-1" });
    expect(res.status).toBe(200);
    expect(await rowsMentioning([students.bo.userId, "bo@example.com"])).toEqual([]);
  });
});
