import { createJobSource, getJobSourceById } from "@/db/queries/job-sources";
import { ingestSource } from "@/lib/jobs/ingest-source";
import { startTestFeedServer } from "@/lib/jobs/test-feed-server";
import { openBenchDb } from "../db";
import { type Row, repeat, summarize } from "../stats";

/**
 * 1. Ingest: a 5,000-item RSS feed (2–4 KB descriptions) end to end — fetch
 * over loopback, parse, normalise, de-duplicate, upsert — into an empty
 * database each run (fresh PGlite, or the truncated DATABASE_URL database).
 */
export async function benchIngest(runs: number): Promise<Row[]> {
  const server = await startTestFeedServer();
  try {
    await (await fetch(server.url("/big.xml"))).text(); // the fake builds its 12 MB feed on first request: not ours to time
    const results = await repeat(
      runs,
      async () => {
        const handle = await openBenchDb();
        try {
          const created = await createJobSource({ name: "Big feed", kind: "rss", url: server.url("/big.xml") });
          const source = (await getJobSourceById(created.id))!;
          const started = performance.now();
          const result = await ingestSource(source, { allowPrivate: true, limits: { maxBytes: 20 * 1024 * 1024 } });
          const seconds = (performance.now() - started) / 1000;
          if (result.status !== "ok" || result.new !== result.fetched) throw new Error(`ingest: ${result.status} ${result.error_message ?? ""} new ${result.new}/${result.fetched}`);
          return { itemsPerSecond: result.fetched / seconds, seconds };
        } finally {
          await handle.close();
        }
      },
      1,
    );
    const perSecond = summarize(results.map((r) => r.itemsPerSecond));
    return [
      { section: "1 ingest", metric: "5,000-item feed: fetch+parse+normalise+dedupe+upsert", unit: "items/s", summary: perSecond, target: "≥ 2,000", met: perSecond.median >= 2000 },
      { section: "1 ingest", metric: "5,000-item feed wall time", unit: "s", summary: summarize(results.map((r) => r.seconds)) },
    ];
  } finally {
    await server.close();
  }
}
