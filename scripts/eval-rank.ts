/**
 * Ranking-quality report for the rules matcher (npm run eval:rank): NDCG@10,
 * P@5 (relevance ≥ 2) and MRR per corpus student and on average, beside a plain
 * keyword-overlap (BM25) baseline. `--verbose` lists each ranking's top 10 with
 * the advisor's grade; `--throughput` also times filter + scoring on 200 × 2,000
 * pairs (informal). Exits 1 when the rules NDCG@10 is under target.
 */
import { loadCorpusJobs } from "@/lib/matching/corpus/jobs";
import { evaluateRanking, type RankMetrics } from "@/lib/matching/eval";
import { measureThroughput } from "@/lib/matching/throughput";

const TARGET_NDCG10 = 0.9;

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  const jobs = await loadCorpusJobs();
  const result = await evaluateRanking(jobs);
  const f = (n: number) => n.toFixed(3).padStart(7);
  const cells = (m: RankMetrics) => `${f(m.ndcg10)}${f(m.p5)}${f(m.mrr)}`;
  console.log(`${result.profiles.length} students × ${result.jobs} jobs, ${result.judged} graded (others 0); local rules mode\n`);
  console.log(`${"student".padEnd(28)}${"rel≥2".padStart(6)} | ${"rules: NDCG@10    P@5    MRR".padStart(21)} | ${"keyword: NDCG@10    P@5    MRR"}`);
  for (const p of result.profiles) console.log(`${p.id.padEnd(28)}${String(p.relevant).padStart(6)} | ${cells(p.rules)} | ${cells(p.keyword)}`);
  console.log(`${"mean".padEnd(34)} | ${cells(result.mean.rules)} | ${cells(result.mean.keyword)}`);
  console.log(`\nrules NDCG@10 ${result.mean.rules.ndcg10.toFixed(3)} (target ≥ ${TARGET_NDCG10}); keyword baseline ${result.mean.keyword.ndcg10.toFixed(3)}`);
  if (verbose) {
    for (const p of result.profiles) {
      console.log(`\n${p.id} — ${p.label}`);
      p.rulesTop.forEach((r, i) => console.log(`  ${String(i + 1).padStart(2)}. [${r.grade}] ${String(r.score).padStart(5)} ${r.key.padEnd(60)} | kw [${p.keywordTop[i]?.grade}] ${p.keywordTop[i]?.key}`));
    }
  }
  if (process.argv.includes("--throughput")) {
    measureThroughput(jobs, 20, 200); // warm-up
    const t = measureThroughput(jobs);
    console.log(`\nthroughput: ${t.profiles} students × ${t.jobs} jobs = ${t.pairs.toLocaleString("en-US")} pairs (${((100 * t.gated) / t.pairs).toFixed(0)}% gated)`);
    console.log(`  features ${t.buildMs.toFixed(0)} ms; gate + score ${t.pairMs.toFixed(0)} ms → ${Math.round(t.pairsPerSecond).toLocaleString("en-US")} pairs/s on one thread`);
  }
  if (result.mean.rules.ndcg10 < TARGET_NDCG10) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
