import { describe, expect, it } from "vitest";
import { getAuth, resetAuth } from "@/lib/auth";
import { resetEnvCache } from "@/lib/env";
import { useTestDb } from "@/tests/db";

useTestDb();

function post(path: string, body: unknown, ip: string) {
  return new Request(`http://localhost:3000/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });
}

describe("auth", () => {
  it("signs up with email+password, rejects short passwords, signs in and out", async () => {
    resetAuth();
    const auth = await getAuth();
    const short = await auth.handler(post("/sign-up/email", { email: "a@example.com", password: "short", name: "A" }, "198.51.100.1"));
    expect(short.status).toBe(400);
    const ok = await auth.handler(post("/sign-up/email", { email: "a@example.com", password: "long-enough-1", name: "A" }, "198.51.100.1"));
    expect(ok.status).toBe(200);
    const cookie = ok.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.email).toBe("a@example.com");
    expect((session?.user as { role?: string }).role).toBe("student");

    const bad = await auth.handler(post("/sign-in/email", { email: "a@example.com", password: "wrong-password" }, "198.51.100.1"));
    expect(bad.status).toBe(401);
    const good = await auth.handler(post("/sign-in/email", { email: "a@example.com", password: "long-enough-1" }, "198.51.100.1"));
    expect(good.status).toBe(200);
  });

  it("makes ADMIN_EMAILS accounts admins at sign-up", async () => {
    process.env.ADMIN_EMAILS = "boss@example.com";
    resetEnvCache();
    resetAuth();
    try {
      const auth = await getAuth();
      const res = await auth.api.signUpEmail({ body: { email: "Boss@Example.com", password: "long-enough-1", name: "Boss" } });
      expect((res.user as { role?: string }).role).toBe("admin");
    } finally {
      delete process.env.ADMIN_EMAILS;
      resetEnvCache();
      resetAuth();
    }
  });

  it("slows sign-in brute force per client IP with 429", async () => {
    process.env.AUTH_RATE_LIMIT_PER_MINUTE = "3";
    resetEnvCache();
    resetAuth();
    try {
      const auth = await getAuth();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await auth.handler(post("/sign-in/email", { email: "x@example.com", password: "nope-nope-1" }, "203.0.113.9"));
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses[3]).toBe(429);
      // Another address is not affected.
      const other = await auth.handler(post("/sign-in/email", { email: "x@example.com", password: "nope-nope-1" }, "203.0.113.10"));
      expect(other.status).toBe(401);
    } finally {
      delete process.env.AUTH_RATE_LIMIT_PER_MINUTE;
      resetEnvCache();
      resetAuth();
    }
  });
});
