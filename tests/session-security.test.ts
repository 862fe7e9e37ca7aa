import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as getProfile } from "@/app/api/v1/profiles/profile/[user_id]/route";
import { getDb } from "@/db";
import { authSessions, authUsers } from "@/db/schema";
import { getAuth, resetAuth } from "@/lib/auth";
import { forgetCachedAuth } from "@/lib/auth-cache";
import { resetEnvCache } from "@/lib/env";
import { passwordProblem } from "@/lib/password-rules";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

const DAY = 24 * 60 * 60 * 1000;
const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  resetEnvCache();
  resetAuth();
});

function authRequest(path: string, body: unknown, cookie?: string) {
  return new Request(`http://localhost:3000/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

describe(`sessions (${testDriver})`, () => {
  it("ends a session past SESSION_MAX_DAYS even while it is in use, and revokes it", async () => {
    resetAuth();
    const { cookie, userId } = await signUpAndGetCookie("old-session@example.com");
    const call = () => getProfile(requestWith(`/api/v1/profiles/profile/${userId}`, { cookie }), routeContext({ user_id: userId }));
    expect((await call()).status).toBe(404); // signed in, no profile yet
    const db = await getDb();
    // Still within the idle window (used recently), but signed in 31 days ago.
    await db
      .update(authSessions)
      .set({ createdAt: new Date(Date.now() - 31 * DAY), expiresAt: new Date(Date.now() + 6 * DAY) })
      .where(eq(authSessions.userId, userId));
    // Edited behind the app's back: the verified session is remembered for AUTH_CACHE_MS (tests/auth-cache.test.ts).
    forgetCachedAuth();
    expect((await call()).status).toBe(401);
    expect(await db.select().from(authSessions).where(eq(authSessions.userId, userId))).toHaveLength(0);
  });

  it("better-auth's own endpoints do not accept a session past its absolute lifetime", async () => {
    resetAuth();
    const { cookie, userId } = await signUpAndGetCookie("old-session-2@example.com");
    const db = await getDb();
    await db.update(authSessions).set({ createdAt: new Date(Date.now() - 40 * DAY) }).where(eq(authSessions.userId, userId));
    const res = await authGet(new Request("http://localhost:3000/api/auth/get-session", { headers: { cookie } }));
    expect(await res.json()).toBeNull();
  });

  it("keeps a session inside both limits, and honours SESSION_MAX_DAYS", async () => {
    process.env.SESSION_MAX_DAYS = "60";
    resetEnvCache();
    resetAuth();
    const { cookie, userId } = await signUpAndGetCookie("long-session@example.com");
    const db = await getDb();
    await db.update(authSessions).set({ createdAt: new Date(Date.now() - 45 * DAY) }).where(eq(authSessions.userId, userId));
    const res = await getProfile(requestWith(`/api/v1/profiles/profile/${userId}`, { cookie }), routeContext({ user_id: userId }));
    expect(res.status).toBe(404);
  });

  it("sets the idle expiry from SESSION_IDLE_DAYS and an HttpOnly, SameSite=Lax cookie", async () => {
    process.env.SESSION_IDLE_DAYS = "2";
    resetEnvCache();
    resetAuth();
    const auth = await getAuth();
    const res = await auth.api.signUpEmail({ body: { email: "idle@example.com", password: "idle-password-1", name: "Idle" }, asResponse: true });
    const setCookie = res.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/^__Secure-/); // http APP_URL
    const db = await getDb();
    const [user] = await db.select().from(authUsers).where(eq(authUsers.email, "idle@example.com"));
    const [session] = await db.select().from(authSessions).where(eq(authSessions.userId, user.id));
    const days = (session.expiresAt.getTime() - Date.now()) / DAY;
    expect(days).toBeGreaterThan(1.9);
    expect(days).toBeLessThan(2.1);
  });

  it("uses __Secure- cookies with the Secure flag when APP_URL is https", async () => {
    process.env.APP_URL = "https://jobmatch.example.com";
    resetEnvCache();
    resetAuth();
    const auth = await getAuth();
    const res = await auth.api.signUpEmail({ body: { email: "secure@example.com", password: "secure-password-1", name: "S" }, asResponse: true });
    const setCookie = res.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(setCookie).toMatch(/^__Secure-/);
    expect(setCookie).toMatch(/; Secure/i);
  });
});

describe(`password rules (${testDriver})`, () => {
  it.each([
    ["short", "a@x.io", false],
    ["password123", "a@x.io", true],
    ["Password1", "a@x.io", true],
    ["  12345678 ", "a@x.io", true],
    ["alex.morgan@uni.edu", "alex.morgan@uni.edu", true],
    ["ALEX.MORGAN", "alex.morgan@uni.edu", true],
    ["correct-horse-battery", "a@x.io", false],
  ])("%s (email %s) refused by our rules: %s", (password, email, refused) => {
    expect(passwordProblem(password, email) !== null).toBe(refused);
  });

  it("refuses a common password and the email as password at sign-up, with a clear message", async () => {
    resetAuth();
    const common = await authPost(authRequest("/sign-up/email", { email: "weak@example.com", password: "password123", name: "W" }));
    expect(common.status).toBe(400);
    expect((await common.json()).message).toMatch(/most common/);
    const same = await authPost(authRequest("/sign-up/email", { email: "same.as.email@example.com", password: "same.as.email@example.com", name: "W" }));
    expect(same.status).toBe(400);
    expect((await same.json()).message).toMatch(/can't be your email/);
    const long = await authPost(authRequest("/sign-up/email", { email: "long@example.com", password: "x".repeat(129), name: "W" }));
    expect(long.status).toBe(400);
    const ok = await authPost(authRequest("/sign-up/email", { email: "strong@example.com", password: "a-much-better-one", name: "W" }));
    expect(ok.status).toBe(200);
  });

  it("refuses a common new password on change-password", async () => {
    resetAuth();
    const { cookie } = await signUpAndGetCookie("changer@example.com", "first-password-1");
    const res = await authPost(authRequest("/change-password", { currentPassword: "first-password-1", newPassword: "qwerty123" }, cookie));
    expect(res.status).toBe(400);
  });
});

describe(`field-level: a student cannot make themselves admin (${testDriver})`, () => {
  it("refuses role in update-user and leaves the role alone", async () => {
    resetAuth();
    const { cookie, userId } = await signUpAndGetCookie("climber@example.com");
    const res = await authPost(authRequest("/update-user", { name: "Climber", role: "admin" }, cookie));
    expect(res.status).toBeGreaterThanOrEqual(400);
    const db = await getDb();
    const [user] = await db.select().from(authUsers).where(eq(authUsers.id, userId));
    expect(user.role).toBe("student");
    // Nor through the admin plugin's endpoint.
    const setRole = await authPost(authRequest("/admin/set-role", { userId, role: "admin" }, cookie));
    expect(setRole.status).toBeGreaterThanOrEqual(400);
    expect((await db.select().from(authUsers).where(eq(authUsers.id, userId)))[0].role).toBe("student");
  });

  it("ignores role sent at sign-up", async () => {
    resetAuth();
    const res = await authPost(authRequest("/sign-up/email", { email: "sneaky@example.com", password: "sneaky-password-1", name: "S", role: "admin" }));
    const db = await getDb();
    const [user] = await db.select().from(authUsers).where(eq(authUsers.email, "sneaky@example.com"));
    expect(res.status === 400 || user?.role === "student").toBe(true);
  });
});
