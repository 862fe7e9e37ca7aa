import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as getProfile } from "@/app/api/v1/profiles/profile/[user_id]/route";
import { getDb } from "@/db";
import { authApiKeys, authUsers } from "@/db/schema";
import { getAuth } from "@/lib/auth";
import { authCacheGeneration, authCacheKey, forgetCachedAuth, getCachedAuth, rememberAuth } from "@/lib/auth-cache";
import { resetEnvCache } from "@/lib/env";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

const saved = process.env.AUTH_CACHE_MS;
afterEach(() => {
  if (saved === undefined) delete process.env.AUTH_CACHE_MS;
  else process.env.AUTH_CACHE_MS = saved;
  resetEnvCache();
  forgetCachedAuth();
});

function setTtl(ms: number) {
  process.env.AUTH_CACHE_MS = String(ms);
  resetEnvCache();
}

// 404 (no profile yet) means the caller was accepted; 401 means refused.
const probe = (userId: string, who: { cookie?: string; apiKey?: string }) =>
  getProfile(requestWith(`/api/v1/profiles/profile/${userId}`, who), routeContext({ user_id: userId })).then((r) => r.status);

const authCall = (path: string, body: unknown, cookie: string) =>
  authPost(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie },
      body: JSON.stringify(body),
    }),
  );

async function studentWithKey(email: string) {
  const student = await signUpAndGetCookie(email);
  const auth = await getAuth();
  const key = await auth.api.createApiKey({ body: { userId: student.userId, name: "script" } });
  return { ...student, apiKey: key.key, keyId: key.id };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`verified callers cache (${testDriver})`, () => {
  it("remembers a verified API key for AUTH_CACHE_MS: a change behind the app's back is seen after that, never later", async () => {
    setTtl(400);
    const s = await studentWithKey("cache-ttl@example.com");
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(404);
    const db = await getDb();
    await db.update(authApiKeys).set({ enabled: false }).where(eq(authApiKeys.id, s.keyId));
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(404); // still the remembered caller
    await sleep(450);
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(401);
  });

  it("AUTH_CACHE_MS=0 turns it off: a change in the database is seen at once", async () => {
    setTtl(0);
    const s = await studentWithKey("cache-off@example.com");
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(404);
    const db = await getDb();
    await db.update(authUsers).set({ banned: true }).where(eq(authUsers.id, s.userId));
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(401);
  });

  it("a key revoked through better-auth is refused at once", async () => {
    setTtl(60_000);
    const s = await studentWithKey("cache-revoke@example.com");
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(404);
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(404);
    const auth = await getAuth();
    await auth.api.deleteApiKey({ body: { keyId: s.keyId }, headers: new Headers({ cookie: s.cookie }) });
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(401);
  });

  it("signing out ends the session at once", async () => {
    setTtl(60_000);
    const s = await signUpAndGetCookie("cache-signout@example.com");
    expect(await probe(s.userId, { cookie: s.cookie })).toBe(404);
    expect(await probe(s.userId, { cookie: s.cookie })).toBe(404);
    expect((await authCall("/sign-out", {}, s.cookie)).status).toBe(200);
    expect(await probe(s.userId, { cookie: s.cookie })).toBe(401);
  });

  it("an admin's ban refuses the user's key and session at once", async () => {
    setTtl(60_000);
    const admin = await signUpAndGetCookie("cache-admin@example.com");
    const db = await getDb();
    await db.update(authUsers).set({ role: "admin" }).where(eq(authUsers.id, admin.userId));
    const s = await studentWithKey("cache-banned@example.com");
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(404);
    expect(await probe(s.userId, { cookie: s.cookie })).toBe(404);
    expect((await authCall("/admin/ban-user", { userId: s.userId }, admin.cookie)).status).toBe(200);
    expect(await probe(s.userId, { apiKey: s.apiKey })).toBe(401);
    expect(await probe(s.userId, { cookie: s.cookie })).toBe(401);
  });

  it("never stores a lookup that started before a revocation, nor past the credential's own expiry", async () => {
    setTtl(60_000);
    const key = authCacheKey("api_key", "jm_example");
    const generation = authCacheGeneration();
    forgetCachedAuth(); // a revocation lands while the lookup runs
    rememberAuth(key, { userId: "u" }, generation);
    expect(getCachedAuth(key)).toBeUndefined();
    rememberAuth(key, { userId: "u" }, authCacheGeneration(), new Date(Date.now() - 1));
    expect(getCachedAuth(key)).toBeUndefined();
    rememberAuth(key, { userId: "u" }, authCacheGeneration());
    expect(getCachedAuth(key)).toEqual({ userId: "u" });
  });
});
