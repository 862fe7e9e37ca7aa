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
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      ALLOW_PRIVATE_SOURCE_URLS: "true",
    },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    globalSetup: ["./tests/global-setup.ts"],
  },
});
