import { execFileSync } from "node:child_process";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { E2E_DATA_DIR } from "../../playwright.config";
import { createAdminWithCli, uniqueEmail } from "../fixtures";

// The CLI works while the app runs: in embedded mode it asks the app, which owns the PGlite directory.
test("npm run pipeline -- fetch while the app is running, then the jobs are listed", async ({ baseURL }) => {
  const output = execFileSync("npm", ["run", "--silent", "pipeline", "--", "fetch"], {
    env: { ...process.env, DATA_DIR: E2E_DATA_DIR },
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(output).toMatch(/^fetch: (ok|skipped)/m);

  const { apiKey } = createAdminWithCli(uniqueEmail("cli-admin"));
  const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${apiKey}` } });
  // The first start fetches the bundled demo feeds: 100+ distinct jobs.
  await expect
    .poll(async () => (await (await admin.get("/api/v1/jobs?limit=5")).json()).total, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(100);
  const sources = await (await admin.get("/api/v1/jobs/sources")).json();
  expect(JSON.stringify(sources)).toContain("demo://");
  await admin.dispose();
});

test("a bad CLI command exits non-zero with a readable message", async () => {
  let failed = false;
  try {
    execFileSync("npm", ["run", "--silent", "pipeline", "--", "nonsense"], {
      env: { ...process.env, DATA_DIR: E2E_DATA_DIR },
      encoding: "utf8",
      stdio: "pipe",
    });
  } catch (err) {
    failed = true;
    expect(String((err as { stderr?: string }).stderr)).toContain("fetch, score, refine, batches, digest, cleanup, all");
  }
  expect(failed).toBe(true);
});
