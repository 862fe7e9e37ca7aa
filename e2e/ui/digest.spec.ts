import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_DATA_DIR } from "../../playwright.config";
import { signUpOrSignIn, uniqueEmail } from "../fixtures";

function pipeline(...args: string[]) {
  return execFileSync("npm", ["run", "--silent", "pipeline", "--", ...args], {
    env: { ...process.env, DATA_DIR: E2E_DATA_DIR },
    encoding: "utf8",
    timeout: 120_000,
  });
}

// After the pipeline runs, a student sees today's digest in the app and the admin sees the message in the Outbox.
test("the morning digest: in the student's Digests and in the admin Outbox", async ({ page, browser }) => {
  await signUpOrSignIn(page, uniqueEmail("digest"), "Maya Patel");
  const session = await (await page.request.get("/api/auth/get-session")).json();
  const userId: string = session.user.id;

  // A resume, so there is something to match (the demo feeds are fetched on first start).
  const resume = readFileSync("lib/resume/corpus/01-software-student.txt", "utf8");
  const parsed = await page.request.post(`/api/v1/profiles/parse-text/${userId}`, { data: { resume_text: resume } });
  expect(parsed.status()).toBe(200);

  expect(pipeline("fetch")).toMatch(/^fetch: (ok|skipped)/m);
  expect(pipeline("score", "--user", userId)).toMatch(/^score: ok/m);
  expect(pipeline("digest", "--user", userId)).toMatch(/^digest: ok .*"sent":1/m);
  // Running it again sends nothing more.
  expect(pipeline("digest", "--user", userId)).toMatch(/^digest: ok .*"due":0/m);

  await page.goto("/digests");
  await expect(page.getByTestId("page-digests")).toBeVisible();
  await expect(page.getByTestId("digest-row")).toHaveCount(1);
  await page.screenshot({ path: "test-results/digests.png", fullPage: true });
  await page.getByTestId("digest-row").first().click();
  const frame = page.getByTestId("digest-frame");
  await expect(frame).toBeVisible();
  await page.screenshot({ path: "test-results/digest-view.png", fullPage: true });

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signUpOrSignIn(admin, E2E_ADMIN_EMAIL, "E2E Admin");
  await admin.goto("/admin/outbox");
  await expect(admin.getByTestId("page-admin-outbox")).toBeVisible();
  const row = admin.getByTestId("outbox-row").filter({ hasText: /digest/i }).first();
  await expect(row).toBeVisible();
  await admin.screenshot({ path: "test-results/admin-outbox.png", fullPage: true });
  await row.click();
  await expect(admin.getByTestId("outbox-html")).toBeVisible();
  await expect(admin.getByTestId("outbox-text")).toContainText(/unsubscribe/i);
  await adminContext.close();
});
