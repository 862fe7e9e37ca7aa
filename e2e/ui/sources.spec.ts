import { expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL } from "../../playwright.config";
import { signUpOrSignIn } from "../fixtures";

// Port 9 (discard) is on fetch's blocked-port list: the fetch fails at once, with no network involved.
const RUN = Date.now();
const UNREACHABLE_FEED = `http://127.0.0.1:9/feed-${RUN}.xml`;

/** The admin sources page, seen through its data-testids. */
function sourcesPage(page: Page) {
  const rows = page.getByTestId("source-row");
  return {
    rows,
    row: (name: string) => rows.filter({ has: page.getByTestId("source-name").getByText(name, { exact: true }) }),
    /** Click a row's switch and wait for the PATCH it sends, so a reload sees the saved value. */
    toggle: async (name: string) => {
      const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/api/v1/jobs/sources/"));
      await rows.filter({ has: page.getByTestId("source-name").getByText(name, { exact: true }) }).getByTestId("source-toggle").click();
      expect((await saved).status()).toBe(200);
    },
    addSource: async (name: string, kind: string, url: string) => {
      await page.getByTestId("source-add-name").fill(name);
      await page.getByTestId("source-add-kind").selectOption(kind);
      await page.getByTestId("source-add-url").fill(url);
      await page.getByTestId("source-add-submit").click();
    },
  };
}

test("an admin sees source health, toggles a source, adds a broken feed and sees its error", async ({ page }) => {
  await signUpOrSignIn(page, E2E_ADMIN_EMAIL, "E2E Admin");
  await page.goto("/admin/sources");
  await expect(page.getByTestId("page-admin-sources")).toBeVisible();
  const sources = sourcesPage(page);

  // The bundled demo sources, fetched at first start, each with its health.
  await expect(page.getByTestId("sources-table")).toBeVisible();
  await expect(page.getByTestId("source-demo")).toHaveCount(8);
  await expect(sources.rows.getByTestId("source-status").first()).toBeVisible();
  const campus = sources.row("CampusHire (RSS)");
  await expect(campus.getByTestId("source-demo")).toHaveText("Demo");
  await expect(campus.getByTestId("source-status")).toHaveText(/OK|Not modified|Never fetched/);
  await expect(campus.getByTestId("source-failures")).toHaveText("0");

  // Disable, reload (the server kept it), re-enable.
  const toggle = campus.getByTestId("source-toggle");
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await sources.toggle("CampusHire (RSS)");
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await page.reload();
  await expect(sources.row("CampusHire (RSS)").getByTestId("source-toggle")).toHaveAttribute("aria-checked", "false");
  await expect(sources.row("CampusHire (RSS)")).toContainText("Paused");
  await sources.toggle("CampusHire (RSS)");
  await expect(sources.row("CampusHire (RSS)").getByTestId("source-toggle")).toHaveAttribute("aria-checked", "true");
  await page.reload();
  await expect(sources.row("CampusHire (RSS)").getByTestId("source-toggle")).toHaveAttribute("aria-checked", "true");

  // A bad URL for the kind is refused with a message naming the field.
  await sources.addSource("Token as a feed", "rss", "acme");
  await expect(page.getByTestId("source-error")).toContainText("url:");
  await expect(page.getByTestId("source-add-url")).toHaveAttribute("aria-invalid", "true");

  // An RSS feed nobody serves: added, then fetched now, and the failure lands on its row.
  const name = `Unreachable feed ${RUN}`;
  await sources.addSource(name, "rss", UNREACHABLE_FEED);
  await expect(page.getByTestId("source-error")).toHaveCount(0);
  const broken = sources.row(name);
  await expect(broken).toBeVisible();
  await expect(broken.getByTestId("source-status")).toHaveText("Never fetched");

  // The same kind + URL again is a 409, shown on the form.
  await sources.addSource(`${name} again`, "rss", UNREACHABLE_FEED);
  await expect(page.getByTestId("source-error")).toContainText("already exists");

  await broken.getByTestId("source-fetch-now").click();
  const result = page.getByTestId("refresh-result");
  await expect(result).toContainText(`Fetching “${name}” failed`);
  await expect(result.getByTestId("refresh-count-errors")).toHaveText("1");
  await expect(broken.getByTestId("source-status")).toHaveText(/^Error/);
  await expect(broken.getByTestId("source-failures")).toHaveText("1");
  await broken.getByTestId("source-last-error").locator("summary").click();
  await expect(broken.getByTestId("source-last-error")).toContainText(/fetch failed|network error/i);

  await page.screenshot({ path: "test-results/admin-sources.png", fullPage: true });

  // Remove it (with the confirm step) so a retried run starts clean.
  await broken.getByTestId("source-remove").click();
  await broken.getByTestId("source-remove-confirm").click();
  await expect(sources.row(name)).toHaveCount(0);
  await expect(page.getByTestId("source-notice")).toContainText(`Removed “${name}”`);
});
