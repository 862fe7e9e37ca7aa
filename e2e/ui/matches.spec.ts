import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signUpOrSignIn, uniqueEmail } from "../fixtures";

// Maya Patel: Python, Java, SQL… – matches several of the bundled demo jobs fetched at first start.
const RESUME = readFileSync("lib/resume/corpus/01-software-student.txt", "utf8");

test("a student without a profile is sent to upload a resume", async ({ page }) => {
  await signUpOrSignIn(page, uniqueEmail("matches-empty"), "No Profile");
  await page.goto("/matches");
  await expect(page.getByTestId("matches-empty")).toHaveAttribute("data-reason", "no-profile");
  await expect(page.getByRole("link", { name: "Upload your resume" })).toHaveAttribute("href", "/profile");
});

test("a student scores jobs, sees ranked matches and hides one with a reason", async ({ page }) => {
  await signUpOrSignIn(page, uniqueEmail("matches"), "Maya Patel");
  const session = await (await page.request.get("/api/auth/get-session")).json();
  const parsed = await page.request.post(`/api/v1/profiles/parse-text/${session.user.id}`, { data: { resume_text: RESUME } });
  expect(parsed.status()).toBe(200);

  await page.goto("/matches");
  await expect(page.getByTestId("page-matches")).toBeVisible();
  await page.getByTestId("score-now").click();
  await expect(page.getByTestId("score-result")).toContainText(/Checked \d+ new jobs?/, { timeout: 60_000 });

  // The matches at the threshold; with fewer than five, the closest ones under it follow in their own labelled section.
  const cards = page.getByRole("list", { name: "Matches, best first", exact: true }).getByTestId("match-card");
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  const scores = await cards.getByTestId("match-score").evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-score"))));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(scores.every((s) => s >= 60)).toBe(true);
  const below = page.getByTestId("matches-below-threshold").getByTestId("match-card");
  if (count >= 5) await expect(below).toHaveCount(0);
  const belowScores = await below.getByTestId("match-score").evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-score"))));
  expect(belowScores.every((s) => s <= 60)).toBe(true); // data-score is rounded: 59.6 shows as 60
  await expect(below.getByTestId("match-below-threshold")).toHaveCount(belowScores.length);

  const first = cards.first();
  await expect(first.getByRole("meter")).toHaveCount(5);
  await expect(first.getByTestId("match-apply")).toHaveAttribute("target", "_blank");
  await expect(first.getByTestId("match-apply")).toHaveAttribute("href", /\/api\/v1\/profiles\/matches\/.+\/\d+\/apply$/);
  await page.screenshot({ path: "test-results/matches.png", fullPage: true });

  await first.getByTestId("match-feedback-interested").click();
  await expect(first.getByTestId("match-feedback-interested")).toHaveAttribute("aria-pressed", "true");

  const jobId = await first.getAttribute("data-job-id");
  await first.getByTestId("match-feedback-not-interested").click();
  await page.getByTestId("feedback-reason-wrong_location").click();
  await expect(page.locator(`[data-testid="match-card"][data-job-id="${jobId}"]`)).toHaveCount(0);
  await expect(page.getByTestId("match-feedback-result")).toContainText("wrong location");

  await page.reload();
  await expect(page.locator(`[data-testid="match-card"][data-job-id="${jobId}"]`)).toHaveCount(0);
  // A full page refills from the next one; a short page shows one fewer.
  if (count < 10) await expect(cards).toHaveCount(count - 1);
});

test("a student whose jobs all score under their threshold still sees the closest ones, labelled", async ({ page }) => {
  await signUpOrSignIn(page, uniqueEmail("matches-below"), "Maya Patel");
  const session = await (await page.request.get("/api/auth/get-session")).json();
  expect((await page.request.post(`/api/v1/profiles/parse-text/${session.user.id}`, { data: { resume_text: RESUME } })).status()).toBe(200);
  // No job scores 100: every stored row is under the threshold.
  expect((await page.request.put(`/api/v1/profiles/settings/${session.user.id}`, { data: { min_score_threshold: 100 } })).status()).toBe(200);

  await page.goto("/matches");
  await page.getByTestId("score-now").click();
  await expect(page.getByTestId("score-result")).toContainText(/Checked \d+ new jobs?/, { timeout: 60_000 });
  await page.reload();

  await expect(page.getByTestId("matches-empty")).toHaveAttribute("data-reason", "no-matches");
  const section = page.getByTestId("matches-below-threshold");
  await expect(section.getByRole("heading", { name: "Below your 100 threshold" })).toBeVisible();
  const cards = section.getByTestId("match-card");
  await expect(cards.first()).toBeVisible();
  const n = await cards.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThanOrEqual(10);
  await expect(section.getByTestId("match-below-threshold")).toHaveCount(n);
  await expect(section.getByTestId("match-below-threshold").first()).toHaveText("Below your 100 threshold");
  const scores = await cards.getByTestId("match-score").evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-score"))));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await page.screenshot({ path: "test-results/matches-below-threshold.png", fullPage: true });
});
