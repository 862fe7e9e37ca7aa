/**
 * Parse-quality report for the local resume parser (npm run eval:parse).
 * Prints per-field precision / recall / F1 over lib/resume/corpus and the
 * macro F1; `--verbose` also lists each case's misses. Exits 1 below target.
 */
import { evaluateParseCorpus } from "@/lib/resume/eval";

const TARGET_MACRO_F1 = 0.9;
const TARGET_FIELD_F1 = 0.75;

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  const result = await evaluateParseCorpus();
  const pct = (n: number) => n.toFixed(3);
  console.log(`${"field".padEnd(22)}${"P".padStart(7)}${"R".padStart(7)}${"F1".padStart(7)}${"tp".padStart(6)}${"fp".padStart(5)}${"fn".padStart(5)}`);
  for (const f of result.fields) {
    console.log(`${f.field.padEnd(22)}${pct(f.precision).padStart(7)}${pct(f.recall).padStart(7)}${pct(f.f1).padStart(7)}${String(f.tp).padStart(6)}${String(f.fp).padStart(5)}${String(f.fn).padStart(5)}`);
  }
  console.log(`\nmacro F1 ${pct(result.macroF1)} over ${result.cases.length} resumes (target ≥ ${TARGET_MACRO_F1}, each field ≥ ${TARGET_FIELD_F1})`);
  if (verbose) for (const c of result.cases) if (c.misses.length) console.log(`\n${c.id} [${c.format}]\n  ${c.misses.join("\n  ")}`);
  const weak = result.fields.filter((f) => f.f1 < TARGET_FIELD_F1);
  if (result.macroF1 < TARGET_MACRO_F1 || weak.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
