/**
 * Ingest throughput on a 5,000-item RSS feed, end to end through the test
 * feed server: fetch + parse + normalise + de-duplicate + upsert, on
 * in-memory PGlite (or DATABASE_URL). Run: npx tsx bench/ingest-speed.ts
 */
import { openPostgres, setDbHandle } from "@/db";
import { openMemoryPglite } from "@/db/pglite";
import { createJobSource, getJobSourceById } from "@/db/queries/job-sources";
import { ingestSource } from "@/lib/jobs/ingest-source";
import { startTestFeedServer } from "@/lib/jobs/test-feed-server";

async function main() {
  const handle = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openMemoryPglite();
  setDbHandle(handle);
  const server = await startTestFeedServer();
  try {
    await (await fetch(server.url("/big.xml"))).text(); // the fake server builds its 12 MB feed on first request: not ours to time
    const created = await createJobSource({ name: `Big ${Date.now()}`, kind: "rss", url: server.url("/big.xml") });
    for (const label of ["first fetch (5,000 new)", "re-fetch (unchanged)"]) {
      const source = (await getJobSourceById(created.id))!;
      const started = performance.now();
      const result = await ingestSource(source, { allowPrivate: true, limits: { maxBytes: 20 * 1024 * 1024 } });
      const seconds = (performance.now() - started) / 1000;
      if (result.status !== "ok") throw new Error(result.error_message);
      console.log(`${label}: ${result.fetched} items in ${seconds.toFixed(2)} s = ${Math.round(result.fetched / seconds)} items/s (new ${result.new}, unchanged ${result.unchanged}) [${handle.driver}]`);
    }
  } finally {
    await server.close();
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
