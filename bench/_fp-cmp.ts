import { textFingerprint as a } from "./_dedupe-old";
import { textFingerprint as b } from "@/lib/jobs/dedupe";
import { generateBigRssFeed } from "@/lib/jobs/test-feed-server";
import { loadCorpusJobs } from "@/lib/matching/corpus/jobs";
async function main() {
  const texts = [...generateBigRssFeed(3000).split("<item>"), ...(await loadCorpusJobs()).map((j) => `${j.title}\n${j.description}`), "", "a", "a b", "Café naïve résumé x y z", "x ".repeat(2000)];
  let diff = 0;
  for (const t of texts) if (a(t) !== b(t)) diff++;
  console.log("texts", texts.length, "diff", diff);
  for (const [name, f] of [["old", a], ["new", b], ["old", a], ["new", b]] as const) {
    const t0 = performance.now(); for (const t of texts) f(t); console.log(name, ((performance.now() - t0) * 1000 / texts.length).toFixed(1), "µs");
  }
}
main();
