import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { E2E_DATA_DIR } from "../playwright.config";

export const PASSWORD = "e2e-password-123";

export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomBytes(4).toString("hex")}@e2e.test`;
}

/** Sign up through the real auth endpoint; the request context keeps the session cookie. */
export async function signUpViaApi(request: APIRequestContext, email: string, name = "E2E Student") {
  const res = await request.post("/api/auth/sign-up/email", { data: { email, password: PASSWORD, name } });
  if (!res.ok()) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string } };
  return body.user.id;
}

/**
 * `npm run admin:create` while the app is running (in embedded mode the CLI
 * asks the running app, which owns the database). Returns the API key: the
 * last line of output.
 */
export function createAdminWithCli(email: string): { apiKey: string; output: string } {
  const output = execFileSync("npm", ["run", "--silent", "admin:create", "--", "--email", email, "--password", PASSWORD], {
    env: { ...process.env, DATA_DIR: E2E_DATA_DIR },
    encoding: "utf8",
  });
  const lines = output.trim().split("\n");
  return { apiKey: lines[lines.length - 1].trim(), output };
}

/** Sign up in the browser; when the account exists already (a retried test), sign in instead. */
export async function signUpOrSignIn(page: Page, email: string, name: string) {
  await page.goto("/sign-up");
  await page.getByTestId("signup-name").fill(name);
  await page.getByTestId("signup-email").fill(email);
  await page.getByTestId("signup-password").fill(PASSWORD);
  await page.getByTestId("signup-submit").click();
  const outcome = await Promise.race([
    page.getByTestId("page-profile").waitFor().then(() => "in" as const),
    page.getByTestId("auth-error").waitFor().then(() => "error" as const),
  ]);
  if (outcome === "error") {
    await page.goto("/sign-in");
    await page.getByTestId("signin-email").fill(email);
    await page.getByTestId("signin-password").fill(PASSWORD);
    await page.getByTestId("signin-submit").click();
    await expect(page.getByTestId("page-matches")).toBeVisible();
  }
}
