import { aiLatencyPercentiles, countAiParseCalls, countJobsFetchedByBucket, countJobsScoredByBucket, countParsesByMethod, summarizePipelineRuns } from "@/db/queries/metrics";
import { ratio, type WindowRange, zeroFill } from "./window";

/**
 * System health over a window.
 * - Parse success rate: OpenAI resume parses that returned a usable profile
 *   (ok ai_calls) over all OpenAI parse attempts. A failed AI parse falls
 *   back to the local parser, so the student still gets a profile; `by_method`
 *   counts which parser produced the profiles whose resume arrived in the window.
 * - AI latency: p50/p95 of every model call's latency, per operation.
 * - Throughput: new job listings (first seen) and match scores stored, per bucket.
 * - Pipeline runs: per job kind, runs, failures and durations.
 */
export async function getSystemMetrics(range: WindowRange) {
  const [parseCalls, byMethod, latency, fetched, scored, runs] = await Promise.all([
    countAiParseCalls(range),
    countParsesByMethod(range),
    aiLatencyPercentiles(range),
    countJobsFetchedByBucket(range, range.bucket),
    countJobsScoredByBucket(range, range.bucket),
    summarizePipelineRuns(range),
  ]);
  const fetchedSeries = zeroFill<{ n: number }>(range.keys, fetched, ["n"]);
  const scoredSeries = zeroFill<{ n: number }>(range.keys, scored, ["n"]);
  const overall = latency.find((l) => l.operation === "all") ?? null;
  return {
    parse: {
      ai_ok: parseCalls.ok,
      ai_failed: parseCalls.failed,
      ai_success_rate: ratio(parseCalls.ok, parseCalls.ok + parseCalls.failed),
      by_method: byMethod,
      profiles_parsed: byMethod.reduce((n, m) => n + m.count, 0),
    },
    ai_latency: { overall, by_operation: latency.filter((l) => l.operation !== "all") },
    throughput: {
      jobs_fetched: fetchedSeries.reduce((n, p) => n + p.n, 0),
      jobs_scored: scoredSeries.reduce((n, p) => n + p.n, 0),
      series: range.keys.map((bucket, i) => ({ bucket, fetched: fetchedSeries[i].n, scored: scoredSeries[i].n })),
    },
    pipeline_runs: runs,
  };
}
export type SystemMetrics = Awaited<ReturnType<typeof getSystemMetrics>>;
