import { beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/profiles/settings/[user_id]/route";
import { createAdmin } from "@/lib/admin/create-admin";
import { isSameOriginRequest } from "@/lib/csrf";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

let student = { cookie: "", userId: "" };
let adminKey = "";
beforeAll(async () => {
  student = await signUpAndGetCookie("csrf@example.com");
  adminKey = (await createAdmin({ email: "csrf-admin@example.com" })).apiKey;
});

const put = (auth: { cookie?: string; apiKey?: string }, headers: Record<string, string>) =>
  PUT(
    requestWith(`/api/v1/profiles/settings/${student.userId}`, {
      method: "PUT",
      ...auth,
      headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
      body: JSON.stringify({ digest_hour: 9 }),
    }),
    routeContext({ user_id: student.userId }),
  );

describe(`CSRF on cookie-authenticated mutations (${testDriver})`, () => {
  it("refuses a foreign Origin with 403", async () => {
    const res = await put({ cookie: student.cookie }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toEqual({ code: "forbidden", message: "Cross-site request refused." });
  });

  it("refuses Sec-Fetch-Site: cross-site and same-site, and Origin: null", async () => {
    expect((await put({ cookie: student.cookie }, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await put({ cookie: student.cookie }, { "sec-fetch-site": "same-site", origin: "https://sub.localhost:3000" })).status).toBe(403);
    expect((await put({ cookie: student.cookie }, { origin: "null" })).status).toBe(403);
  });

  it("accepts the app's own origin, Sec-Fetch-Site: same-origin, and clients that send neither header", async () => {
    expect((await put({ cookie: student.cookie }, { origin: "http://localhost:3000" })).status).toBe(200);
    expect((await put({ cookie: student.cookie }, { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await put({ cookie: student.cookie }, {})).status).toBe(200); // curl with a cookie jar
  });

  it("leaves Bearer API keys and safe methods alone", async () => {
    expect((await put({ apiKey: adminKey }, { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).status).toBe(200);
    const get = await GET(
      requestWith(`/api/v1/profiles/settings/${student.userId}`, { cookie: student.cookie, headers: { origin: "https://evil.example" } }),
      routeContext({ user_id: student.userId }),
    );
    expect(get.status).toBe(200);
  });
});

describe("isSameOriginRequest", () => {
  const req = (method: string, headers: Record<string, string>) => new Request("http://app.test/api/v1/x", { method, headers });
  it.each([
    ["GET", { origin: "https://evil.example" }, true],
    ["POST", { origin: "http://localhost:3000" }, true], // APP_URL
    ["POST", { origin: "http://127.0.0.1:3000" }, true], // its local alias
    ["POST", { origin: "https://app.test", host: "app.test" }, true],
    ["POST", { origin: "https://evil.example", host: "app.test" }, false],
    ["POST", { origin: "https://evil.example", "x-forwarded-host": "evil.example", host: "app.test" }, true], // proxy-set host wins
    ["DELETE", { "sec-fetch-site": "same-origin" }, true],
    ["DELETE", { "sec-fetch-site": "none" }, true],
    ["PATCH", { "sec-fetch-site": "cross-site", origin: "https://app.test", host: "app.test" }, false],
    ["PUT", {}, true],
  ] as const)("%s %j → %s", (method, headers, allowed) => {
    expect(isSameOriginRequest(req(method, headers))).toBe(allowed);
  });
});
