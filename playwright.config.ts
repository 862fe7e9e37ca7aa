import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * e2e against `npm start` (a production build) on its own port and data dir.
 * Browser: Debian's chromium when present (no download on these machines),
 * else Playwright's own if the user installed one.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".data-e2e";
export const E2E_ADMIN_EMAIL = "admin@e2e.test";

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(existsSync);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/artifacts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: { baseURL, trace: "retain-on-failure" },
  projects: [
    { name: "api", testDir: "e2e/api" },
    {
      name: "ui",
      testDir: "e2e/ui",
      use: {
        browserName: "chromium",
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // Exactly what a newcomer runs, with a throwaway data directory.
    command: `rm -rf ${E2E_DATA_DIR} && node scripts/start.mjs`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      APP_URL: baseURL,
      DATA_DIR: E2E_DATA_DIR,
      ADMIN_EMAILS: E2E_ADMIN_EMAIL,
      ALLOW_PRIVATE_SOURCE_URLS: "true",
      // The bundled demo feeds are the e2e job data on PostgreSQL too (there they ship disabled).
      DEMO_SOURCES: "on",
      LOG_LEVEL: "warn",
      // Every e2e browser signs up from 127.0.0.1; the limiter itself is tested in vitest.
      AUTH_RATE_LIMIT_PER_MINUTE: "1000",
      // Likewise the per-user/per-IP API limits (tests/rate-limit.test.ts covers them).
      RATE_LIMIT_RESUME_PER_USER: "1000",
      RATE_LIMIT_RESUME_PER_IP: "1000",
      RATE_LIMIT_SCORE_PER_USER: "1000",
      RATE_LIMIT_SCORE_PER_IP: "1000",
      RATE_LIMIT_SIGN_IN_PER_EMAIL: "1000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
