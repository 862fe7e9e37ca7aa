import { execFileSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_DATA_DIR } from "../../playwright.config";
import { signUpOrSignIn, uniqueEmail } from "../fixtures";

const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const percent = (v: number | null) => (v === null ? "—" : `${count.format(v * 100)}%`);

function cli(...args: string[]) {
  return execFileSync("npm", ["run", "--silent", ...args], { env: { ...process.env, DATA_DIR: E2E_DATA_DIR }, encoding: "utf8", timeout: 180_000 });
}

async function metricsFromApi(page: Page, window: string) {
  const res = await page.request.get(`/api/v1/admin/metrics?window=${window}`);
  expect(res.status()).toBe(200);
  return res.json();
}

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  // Synthetic students, then fetch → score → digest → cleanup (the CLI asks the running app).
  cli("seed", "--", "--students", "5");
  expect(cli("pipeline", "--", "all")).toMatch(/^score: ok/m);
});

test("an admin sees Metrics whose numbers equal the database's", async ({ page }) => {
  await signUpOrSignIn(page, E2E_ADMIN_EMAIL, "E2E Admin");
  await page.goto("/admin/metrics?window=24h");
  await expect(page.getByTestId("page-admin-metrics")).toBeVisible();
  await expect(page.getByTestId("metrics-window-24h")).toHaveAttribute("aria-current", "page");
  const api = await metricsFromApi(page, "24h");

  expect(api.system.throughput.jobs_fetched).toBeGreaterThan(0);
  expect(api.engagement.profiles_created).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId("metric-jobs-fetched")).toHaveText(count.format(api.system.throughput.jobs_fetched));
  await expect(page.getByTestId("metric-profiles-created")).toHaveText(count.format(api.engagement.profiles_created));
  await expect(page.getByTestId("metric-ctr")).toHaveText(percent(api.engagement.matches.ctr));
  await expect(page.getByTestId("metric-digest-open-rate")).toHaveText(percent(api.engagement.digests.open_rate));
  await expect(page.getByTestId("metric-avg-score")).toHaveText(api.ai_quality.avg_score === null ? "—" : count.format(api.ai_quality.avg_score));
  await expect(page.getByTestId("metric-budget-state")).toHaveText(api.cost.today.state);
  await expect(page.getByTestId("metric-cost-today")).toHaveText("$0.00"); // local AI mode: no model spend
  await expect(page.getByTestId("metric-parse-success-rate")).toHaveText("—"); // no OpenAI parses in local mode
  // Charts render (recharts SVG) with an accessible name, and the scheduler card lists the last runs.
  await expect(page.getByRole("img", { name: /Jobs fetched and scored per hour/ })).toBeVisible();
  await expect(page.getByTestId("metrics-scheduler")).toContainText("score");

  // The window switch is a plain link.
  await page.getByTestId("metrics-window-30d").click();
  await expect(page).toHaveURL(/window=30d/);
  const month = await metricsFromApi(page, "30d");
  await expect(page.getByTestId("metric-jobs-fetched")).toHaveText(count.format(month.system.throughput.jobs_fetched));
  await page.screenshot({ path: "test-results/admin-metrics.png", fullPage: true });
});

test("an admin lists users, sorts by matches, opens one and sees its detail", async ({ page }) => {
  await signUpOrSignIn(page, E2E_ADMIN_EMAIL, "E2E Admin");
  await page.goto("/admin/users?sort=matches");
  await expect(page.getByTestId("users-table")).toBeVisible();
  const api = await (await page.request.get("/api/v1/profiles/users?sort=matches&limit=25")).json();
  const top = api.users[0];
  expect(top.matches_stored).toBeGreaterThan(0);
  const firstRow = page.getByTestId("user-row").first();
  await expect(firstRow.getByTestId("user-matches")).toHaveText(count.format(top.matches_stored));

  await firstRow.getByTestId("user-link").click();
  await expect(page.getByTestId("user-detail")).toBeVisible();
  await expect(page.getByTestId("user-matches")).toContainText(`${top.matches_stored} stored`);
  await expect(page.getByTestId("user-match-row")).toHaveCount(Math.min(10, top.matches_stored));

  // The digest went out in `pipeline all`: resending says so instead of sending twice.
  await page.getByTestId("user-action-digest").click();
  await expect(page.getByTestId("user-action-result")).toContainText(/already sent|was sent|Not sent/);
  await page.getByTestId("user-action-score").click();
  await expect(page.getByTestId("user-action-result")).toContainText(/Scored|already running/);
  await page.screenshot({ path: "test-results/admin-user.png", fullPage: true });
});

test("an admin deletes a user after confirming", async ({ page }) => {
  await signUpOrSignIn(page, E2E_ADMIN_EMAIL, "E2E Admin");
  await page.goto("/admin/users?q=demo-student-0005");
  await page.getByTestId("user-row").first().getByTestId("user-link").click();
  await expect(page.getByTestId("user-detail")).toBeVisible();
  await page.getByTestId("user-action-delete").click();
  await page.getByTestId("user-action-delete-confirm").click();
  await expect(page.getByTestId("page-admin-users")).toBeVisible();
  const after = await (await page.request.get("/api/v1/profiles/users?q=demo-student-0005")).json();
  expect(after.total).toBe(0);
});

test("a student gets the Admins only page on /admin/metrics", async ({ page }) => {
  await signUpOrSignIn(page, uniqueEmail("not-admin"), "Not Admin");
  await page.goto("/admin/metrics");
  await expect(page.getByTestId("admin-only")).toHaveText("Admins only");
  await expect(page.getByTestId("page-admin-metrics")).toHaveCount(0);
  expect((await page.request.get("/api/v1/admin/metrics")).status()).toBe(403);
});
