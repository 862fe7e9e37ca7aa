import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL } from "../../playwright.config";
import { PASSWORD, signUpOrSignIn, uniqueEmail } from "../fixtures";

test("a student signs up, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("student");

  await page.goto("/");
  await page.screenshot({ path: "test-results/landing.png", fullPage: true });

  await page.goto("/sign-up");
  await page.getByTestId("signup-name").fill("Riley Student");
  await page.getByTestId("signup-email").fill(email);
  await page.getByTestId("signup-password").fill(PASSWORD);
  await page.screenshot({ path: "test-results/sign-up.png", fullPage: true });
  await page.getByTestId("signup-submit").click();
  await expect(page.getByTestId("page-profile")).toBeVisible();
  await page.screenshot({ path: "test-results/profile-empty.png", fullPage: true });

  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/matches");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByTestId("signin-email").fill(email);
  await page.getByTestId("signin-password").fill("wrong-password");
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("auth-error")).toBeVisible();

  await page.getByTestId("signin-password").fill(PASSWORD);
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("page-matches")).toBeVisible();
  await page.screenshot({ path: "test-results/matches-empty.png", fullPage: true });
});

test("students cannot open admin pages; admins can", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByTestId("signup-name").fill("Student Two");
  await page.getByTestId("signup-email").fill(uniqueEmail("student2"));
  await page.getByTestId("signup-password").fill(PASSWORD);
  await page.getByTestId("signup-submit").click();
  await expect(page.getByTestId("page-profile")).toBeVisible();
  await page.goto("/admin/users");
  await expect(page.getByTestId("admin-only")).toBeVisible();
  await expect(page.getByTestId("page-admin-users")).toHaveCount(0);
});

test("an account listed in ADMIN_EMAILS sees the admin navigation", async ({ page }) => {
  await signUpOrSignIn(page, E2E_ADMIN_EMAIL, "E2E Admin");
  await page.goto("/admin/users");
  await expect(page.getByTestId("page-admin-users")).toBeVisible();
  await page.screenshot({ path: "test-results/admin-users.png", fullPage: true });
});
