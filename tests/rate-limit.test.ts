import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { POST as parseText } from "@/app/api/v1/profiles/parse-text/[user_id]/route";
import { POST as scoreJobs } from "@/app/api/v1/profiles/score-jobs/[user_id]/route";
import { createAdmin } from "@/lib/admin/create-admin";
import { resetAuth } from "@/lib/auth";
import { resetEnvCache } from "@/lib/env";
import { clientIp, resetRateLimits } from "@/lib/rate-limit";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

const RESUME = "Jordan Lee\njordan@example.com\nSkills: Python, SQL, React\nEducation: BSc Computer Science, 2025";

function setLimits(values: Record<string, string>) {
  Object.assign(process.env, values);
  resetEnvCache();
  resetRateLimits();
  resetAuth();
}

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  resetEnvCache();
  resetRateLimits();
  resetAuth();
});

const users: Array<{ cookie: string; userId: string }> = [];
beforeAll(async () => {
  for (let i = 0; i < 3; i++) users.push(await signUpAndGetCookie(`limited-${i}@example.com`));
});

const score = (u: { cookie: string; userId: string }, ip: string) =>
  scoreJobs(
    requestWith(`/api/v1/profiles/score-jobs/${u.userId}`, { method: "POST", cookie: u.cookie, headers: { "x-forwarded-for": `${ip}, 10.0.0.1` } }),
    routeContext({ user_id: u.userId }),
  );

describe(`rate limits on the expensive endpoints (${testDriver})`, () => {
  it("answers the N+1th score-jobs call per user with 429 and Retry-After; other users are unaffected", async () => {
    setLimits({ RATE_LIMIT_SCORE_PER_USER: "2", RATE_LIMIT_SCORE_PER_IP: "100" });
    const [a, b] = users;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await score(a, `198.51.100.${i + 1}`)).status);
    expect(statuses.slice(0, 2)).not.toContain(429);
    expect(statuses[2]).toBe(429);
    const limited = await score(a, "198.51.100.9");
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await limited.json()).error.code).toBe("rate_limited");
    expect((await score(b, "198.51.100.1")).status).not.toBe(429);
  });

  it("counts per client IP across users, and other IPs are unaffected", async () => {
    setLimits({ RATE_LIMIT_SCORE_PER_USER: "100", RATE_LIMIT_SCORE_PER_IP: "2" });
    const [a, b, c] = users;
    expect((await score(a, "203.0.113.5")).status).not.toBe(429);
    expect((await score(b, "203.0.113.5")).status).not.toBe(429);
    const third = await score(c, "203.0.113.5");
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await score(c, "203.0.113.6")).status).not.toBe(429);
  });

  it("shares one resume bucket between paste and upload, and 0 turns a limit off", async () => {
    setLimits({ RATE_LIMIT_RESUME_PER_USER: "1", RATE_LIMIT_RESUME_PER_IP: "0" });
    const [a] = users;
    const paste = () =>
      parseText(
        requestWith(`/api/v1/profiles/parse-text/${a.userId}`, { method: "POST", cookie: a.cookie, headers: { "content-type": "application/json" }, body: JSON.stringify({ resume_text: RESUME }) }),
        routeContext({ user_id: a.userId }),
      );
    expect((await paste()).status).toBe(200);
    expect((await paste()).status).toBe(429);
    setLimits({ RATE_LIMIT_RESUME_PER_USER: "0", RATE_LIMIT_RESUME_PER_IP: "0" });
    for (let i = 0; i < 3; i++) expect((await paste()).status).toBe(200);
  });

  it("lets an admin API key load 100 students' resumes within a minute, from one IP, under the default student limits", { timeout: 120_000 }, async () => {
    // The defaults (10 per user, 30 per IP a minute) would refuse the 11th paste from anyone else.
    setLimits({ RATE_LIMIT_RESUME_PER_USER: "10", RATE_LIMIT_RESUME_PER_IP: "30" });
    delete process.env.RATE_LIMIT_ADMIN_PER_MINUTE;
    resetEnvCache();
    const { apiKey } = await createAdmin({ email: "operator@example.com" });
    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 1; i <= 100; i++) {
      const userId = `cohort-${String(i).padStart(3, "0")}`;
      const res = await parseText(
        requestWith(`/api/v1/profiles/parse-text/${userId}`, { method: "POST", apiKey, headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.200" }, body: JSON.stringify({ resume_text: RESUME }) }),
        routeContext({ user_id: userId }),
      );
      statuses.push(res.status);
    }
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  it("still refuses a student past the limits, and admins past RATE_LIMIT_ADMIN_PER_MINUTE", async () => {
    setLimits({ RATE_LIMIT_RESUME_PER_USER: "10", RATE_LIMIT_RESUME_PER_IP: "30", RATE_LIMIT_ADMIN_PER_MINUTE: "12" });
    const [, , c] = users;
    const paste = (userId: string, who: { cookie?: string; apiKey?: string }) =>
      parseText(
        requestWith(`/api/v1/profiles/parse-text/${userId}`, { method: "POST", ...who, headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "198.51.100.201" }, body: JSON.stringify({ resume_text: RESUME }) }),
        routeContext({ user_id: userId }),
      );
    const student: number[] = [];
    for (let i = 0; i < 11; i++) student.push((await paste(c.userId, { cookie: c.cookie })).status);
    expect(student.slice(0, 10)).not.toContain(429);
    expect(student[10]).toBe(429);
    const { apiKey } = await createAdmin({ email: "capped-operator@example.com" });
    const admin: number[] = [];
    for (let i = 0; i < 13; i++) admin.push((await paste(`capped-${i}`, { apiKey })).status);
    expect(admin.slice(0, 12)).not.toContain(429);
    expect(admin[12]).toBe(429);
  });

  it("reads the client IP from the first X-Forwarded-For hop, then X-Real-IP", () => {
    const req = (headers: Record<string, string>) => new Request("http://localhost/", { headers });
    expect(clientIp(req({ "x-forwarded-for": "192.0.2.7, 10.0.0.1" }))).toBe("192.0.2.7");
    expect(clientIp(req({ "x-real-ip": "192.0.2.8" }))).toBe("192.0.2.8");
    expect(clientIp(req({}))).toBe("unknown");
  });
});

const signIn = (email: string, password: string, ip: string) =>
  authPost(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );

describe(`sign-in limits (${testDriver})`, () => {
  it("pauses sign-in for one email after N failures, from any IP; other emails are unaffected", async () => {
    setLimits({ RATE_LIMIT_SIGN_IN_PER_EMAIL: "2", AUTH_RATE_LIMIT_PER_MINUTE: "1000" });
    await signUpAndGetCookie("victim@example.com", "victim-password-1");
    await signUpAndGetCookie("bystander@example.com", "bystander-password-1");
    expect((await signIn("victim@example.com", "guess-number-1", "192.0.2.1")).status).toBe(401);
    expect((await signIn("Victim@Example.com", "guess-number-2", "192.0.2.2")).status).toBe(401);
    const paused = await signIn("victim@example.com", "victim-password-1", "192.0.2.3");
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await signIn("bystander@example.com", "bystander-password-1", "192.0.2.1")).status).toBe(200);
  });

  it("a success clears the failure count", async () => {
    setLimits({ RATE_LIMIT_SIGN_IN_PER_EMAIL: "2", AUTH_RATE_LIMIT_PER_MINUTE: "1000" });
    await signUpAndGetCookie("forgetful@example.com", "forgetful-password-1");
    expect((await signIn("forgetful@example.com", "wrong-one-111", "192.0.2.1")).status).toBe(401);
    expect((await signIn("forgetful@example.com", "forgetful-password-1", "192.0.2.1")).status).toBe(200);
    expect((await signIn("forgetful@example.com", "wrong-two-222", "192.0.2.1")).status).toBe(401);
    expect((await signIn("forgetful@example.com", "forgetful-password-1", "192.0.2.1")).status).toBe(200);
  });

  it("better-auth's per-IP 429 carries Retry-After", async () => {
    setLimits({ RATE_LIMIT_SIGN_IN_PER_EMAIL: "0", AUTH_RATE_LIMIT_PER_MINUTE: "2" });
    const statuses = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await signIn(`nobody-${i}@example.com`, "whatever-pass-1", "203.0.113.77");
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });
});
