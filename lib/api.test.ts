import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { authApiKeys } from "@/db/schema";
import { GET } from "@/app/api/v1/profiles/profile/[user_id]/route";
import { upsertProfile } from "@/db/queries/profiles";
import { createAdmin } from "@/lib/admin/create-admin";
import { resetAuth } from "@/lib/auth";
import { forgetCachedAuth } from "@/lib/auth-cache";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

describe(`owner-or-admin on GET /api/v1/profiles/profile/{user_id} (${testDriver})`, () => {
  const callers: Record<string, { cookie?: string; apiKey?: string }> = {};
  let ownerId = "";

  beforeAll(async () => {
    resetAuth();
    const owner = await signUpAndGetCookie("owner@example.com");
    ownerId = owner.userId;
    callers.owner = { cookie: owner.cookie };
    callers.other = { cookie: (await signUpAndGetCookie("other@example.com")).cookie };
    const admin = await createAdmin({ email: "root@example.com", password: "admin-password-1" });
    callers.adminKey = { apiKey: admin.apiKey };
    callers.anonymous = {};
    await upsertProfile({ user_id: ownerId, full_name: "Owner Person" });
  });

  const cases: Array<[string, number]> = [
    ["anonymous", 401],
    ["owner", 200],
    ["other", 403],
    ["adminKey", 200],
  ];
  it.each(cases)("%s → %i", async (who, status) => {
    const res = await GET(requestWith(`/api/v1/profiles/profile/${ownerId}`, callers[who]), routeContext({ user_id: ownerId }));
    expect(res.status).toBe(status);
    const body = await res.json();
    if (status === 200) expect(body.full_name).toBe("Owner Person");
    else expect(body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
  });

  it("rejects a revoked or unknown API key with 401", async () => {
    const admin = await createAdmin({ email: "second-admin@example.com" });
    const url = `/api/v1/profiles/profile/${ownerId}`;
    const ctx = routeContext({ user_id: ownerId });
    expect((await GET(requestWith(url, { apiKey: admin.apiKey }), ctx)).status).toBe(200);
    const db = await getDb();
    await db.update(authApiKeys).set({ enabled: false }).where(eq(authApiKeys.referenceId, admin.userId));
    // Disabled behind the app's back: the verified caller is remembered for AUTH_CACHE_MS (tests/auth-cache.test.ts).
    forgetCachedAuth();
    expect((await GET(requestWith(url, { apiKey: admin.apiKey }), ctx)).status).toBe(401);
    expect((await GET(requestWith(url, { apiKey: "jm_not-a-real-key" }), ctx)).status).toBe(401);
    expect((await GET(requestWith(url, { headers: { authorization: "Basic abc" } }), ctx)).status).toBe(401);
  });

  it("answers 404 in the error shape for a missing profile", async () => {
    const res = await GET(requestWith(`/api/v1/profiles/profile/nobody`, callers.adminKey), routeContext({ user_id: "nobody" }));
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });
});
