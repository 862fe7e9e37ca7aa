/**
 * Parse-quality report for the local resume parser (npm run eval:parse).
 * Every corpus case is read as pasted text, as a rendered PDF and as a
 * rendered DOCX; for each split and format it prints the list-field macro F1,
 * the scalar accuracy (defined in lib/resume/eval.ts) and a per-field table.
 *
 *   npm run eval:parse -- [--split tune|test|all] [--verbose]
 *
 * `--verbose` lists per-case misses for the tune split only: the test split is
 * held out, so its misses are never printed. Exits 1 when the test split is
 * below target (list F1 ≥ 0.90 and scalar accuracy ≥ 0.90 in every format).
 * A split with no cases (test/ absent or empty between held-out splits) is
 * reported as "<split> split: no cases" and is not a failure.
 */
import { loadCorpusSplit, type CorpusSplit } from "@/lib/resume/corpus";
import { evaluateCases, type FormatReport } from "@/lib/resume/eval";

const TARGET = { listF1: 0.9, scalarAccuracy: 0.9 };

function argValue(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function printSplit(split: CorpusSplit, cases: number, reports: FormatReport[]): void {
  const n = (x: number) => x.toFixed(3);
  console.log(`\n== ${split} split: ${cases} resumes ==`);
  console.log(`${"format".padEnd(8)}${"list F1".padStart(9)}${"scalar acc".padStart(12)}`);
  for (const r of reports) console.log(`${r.format.padEnd(8)}${n(r.listF1).padStart(9)}${n(r.scalarAccuracy).padStart(12)}`);
  console.log(`\n${"field".padEnd(22)}${reports.map((r) => r.format.padStart(8)).join("")}   (list fields: F1; scalars: accuracy)`);
  for (const [k, f] of reports[0].fields.entries()) {
    const cells = reports.map((r) => n(r.fields[k].kind === "list" ? r.fields[k].f1 : r.fields[k].accuracy).padStart(8));
    console.log(`${f.field.padEnd(22)}${cells.join("")}`);
  }
}

async function main(): Promise<void> {
  const split = argValue("--split") ?? "all";
  if (!["tune", "test", "all"].includes(split)) throw new Error(`--split must be tune, test or all (got ${split})`);
  const verbose = process.argv.includes("--verbose");
  const splits: CorpusSplit[] = split === "all" ? ["tune", "test"] : [split as CorpusSplit];
  for (const s of splits) {
    const cases = loadCorpusSplit(s);
    if (cases.length === 0) {
      console.log(`\n${s} split: no cases`);
      continue;
    }
    const reports = await evaluateCases(cases);
    printSplit(s, cases.length, reports);
    if (verbose && s === "test") console.log("\n(test split: per-case misses are withheld; the split is held out)");
    if (verbose && s === "tune") {
      for (const r of reports) for (const c of r.cases) if (c.misses.length) console.log(`\n${c.id} [${r.format}]\n  ${c.misses.join("\n  ")}`);
    }
    if (s === "test") {
      const below = reports.filter((r) => r.listF1 < TARGET.listF1 || r.scalarAccuracy < TARGET.scalarAccuracy);
      console.log(`\ntest target: list F1 ≥ ${TARGET.listF1} and scalar accuracy ≥ ${TARGET.scalarAccuracy} in each format: ${below.length ? `missed (${below.map((r) => r.format).join(", ")})` : "met"}`);
      if (below.length) process.exitCode = 1;
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
