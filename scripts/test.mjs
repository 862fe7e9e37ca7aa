#!/usr/bin/env node
// npm test: lint, typecheck, vitest (unit + integration), Playwright (api + ui). Stops at the first failure.
import { spawnSync } from "node:child_process";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = "true";
const driver = process.env.DATABASE_URL ? "postgres" : "pglite (embedded)";
const steps = [
  ["lint", ["npm", "run", "--silent", "lint"]],
  ["typecheck", ["npm", "run", "--silent", "typecheck"]],
  ["vitest", ["npx", "vitest", "run"]],
  ["playwright", ["npx", "playwright", "test"]],
];
const only = process.argv.slice(2);
console.log(`Testing against ${driver}`);
for (const [name, [cmd, ...args]] of steps) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${secs}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${secs}s)`);
}
