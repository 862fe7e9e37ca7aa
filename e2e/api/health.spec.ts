import { expect, test } from "@playwright/test";

// `npm start` with nothing configured serves the landing page and a healthy /api/health.
test("serves / and /api/health", async ({ request }) => {
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain("JobMatch");

  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const health = await res.json();
  expect(health.status).toBe("ok");
  expect(health.database.ok).toBe(true);
  expect(health.modes).toEqual({
    database: process.env.DATABASE_URL ? "postgres" : "pglite",
    ai: "local",
    email: "outbox",
    scheduler: "in-process",
  });
});

test("security headers are set", async ({ request }) => {
  const res = await request.get("/");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["x-frame-options"]).toBe("DENY");
});
