import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    environment: "node",
    env: {
      DATA_DIR: path.join(tmpdir(), "jobmatch-vitest"),
      SCHEDULER_ENABLED: "false",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
      ALLOW_PRIVATE_SOURCE_URLS: "true",
      // Tests call the rate-limited routes many times; tests/rate-limit.test.ts sets small limits itself.
      RATE_LIMIT_RESUME_PER_USER: "10000",
      RATE_LIMIT_RESUME_PER_IP: "10000",
      RATE_LIMIT_SCORE_PER_USER: "10000",
      RATE_LIMIT_SCORE_PER_IP: "10000",
      RATE_LIMIT_SIGN_IN_PER_EMAIL: "10000",
    },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    globalSetup: ["./tests/global-setup.ts"],
  },
});
