/**
 * npm run bench [-- ingest score api digest resume ai]: synthetic load with a
 * fixed seed, medians over repeated runs, a printed table and
 * bench/results.json. PGlite by default; DATABASE_URL (a throwaway database
 * whose name contains "bench") for Postgres. See README "Benchmarks".
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { driverName } from "./db";
import { benchAi } from "./sections/ai";
import { benchApi } from "./sections/api";
import { benchDigest } from "./sections/digest";
import { benchIngest } from "./sections/ingest";
import { benchResume } from "./sections/resume";
import { benchScore } from "./sections/score";
import { printTable, type Row } from "./stats";

const SECTIONS = ["ingest", "score", "api", "digest", "resume", "ai"] as const;
type Section = (typeof SECTIONS)[number];
const FAST_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);

async function runSection(section: Section): Promise<Row[]> {
  switch (section) {
    case "ingest": return benchIngest(FAST_RUNS);
    case "score": return benchScore(FAST_RUNS, SLOW_RUNS);
    case "api": return benchApi(SLOW_RUNS);
    case "digest": return benchDigest(FAST_RUNS);
    case "resume": return benchResume(FAST_RUNS);
    case "ai": return benchAi();
  }
}

async function main() {
  process.env.LOG_LEVEL ??= "error";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = asked.filter((a) => !SECTIONS.includes(a as Section));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(", ")}; choose from ${SECTIONS.join(" ")}`);
  const chosen = asked.length ? (asked as Section[]) : [...SECTIONS];
  const machine = { cpus: os.cpus().length, cpu_model: os.cpus()[0]?.model, memory_gib: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, driver: driverName(), load_average: os.loadavg().map((l) => l.toFixed(2)), date: new Date().toISOString() };
  console.log(`JobMatch bench [${chosen.join(", ")}] on ${machine.cpus} cpus, node ${machine.node}, driver ${machine.driver}, load ${machine.load_average.join(" ")}`);
  const rows: Row[] = [];
  const started = performance.now();
  for (const section of chosen) {
    const t = performance.now();
    process.stdout.write(`… ${section}\n`);
    try {
      rows.push(...(await runSection(section)));
    } catch (err) {
      console.error(`section ${section} failed:`, err);
      rows.push({ section, metric: "FAILED", unit: "", value: String((err as Error).message ?? err).slice(0, 120) });
    }
    process.stdout.write(`  ${section} took ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
  }
  console.log();
  printTable(rows);
  const file = path.join(process.cwd(), "bench", "results.json");
  writeFileSync(file, `${JSON.stringify({ machine, sections: chosen, total_seconds: Math.round((performance.now() - started) / 1000), rows }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), file)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
