import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJobSourceById } from "@/db/queries/job-sources";
import { ingestSource } from "@/lib/jobs/ingest-source";
import { startTestFeedServer, type TestFeedServer } from "@/lib/jobs/test-feed-server";
import { testDriver, useTestDb } from "@/tests/db";
import { addSource, listingsOf, rssFeed, type TestItem } from "@/tests/feeds";

/**
 * Feed faults through ingestSource, proven on job_listings and job_sources:
 * a connection cut mid-body and a gzip bomb after a good fetch lose no
 * listing and record the failure; a feed that changes every guid on every
 * fetch keeps one row per job.
 */
useTestDb();

const T0 = new Date("2025-06-10T12:00:00Z");
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const ITEMS: TestItem[] = [
  { title: "Software Engineer Intern", company: "Acme", location: "Austin, TX", link: "https://jobs.example/acme/1", description: "Python, SQL and Git for students." },
  { title: "Data Analyst", company: "Globex", location: "Remote (US)", link: "https://jobs.example/globex/2", description: "SQL, Tableau and Excel dashboards." },
  { title: "Mechanical Engineer I", company: "Initech", location: "Detroit, MI", link: "https://jobs.example/initech/3", description: "SolidWorks and GD&T, new graduates welcome." },
];

let mode: "ok" | "drop" | "bomb" = "ok";
let fetches = 0;
let server: TestFeedServer;
const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });

beforeAll(async () => {
  server = await startTestFeedServer({
    "/flaky.xml": (_req, res) => {
      const body = rssFeed(ITEMS);
      if (mode === "ok") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(body);
      } else if (mode === "drop") {
        res.writeHead(200, { "content-type": "application/rss+xml", "content-length": String(body.length) });
        res.write(body.slice(0, Math.floor(body.length / 2)));
        setTimeout(() => res.destroy(), 20);
      } else {
        res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" });
        res.end(bomb);
      }
    },
    // Every fetch: the same jobs, every guid and link new (tracking parameters, rotating ids).
    "/rotating.xml": (_req, res) => {
      fetches++;
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(rssFeed(ITEMS.map((i) => ({ ...i, company: `${i.company} Labs`, link: `${i.link}?rid=${fetches}-${Math.random().toString(36).slice(2)}` }))));
    },
  });
});
afterAll(() => server.close());

const ingest = async (id: number, now: Date) => ingestSource((await getJobSourceById(id))!, { now, limits: { timeoutMs: 3_000, maxBytes: 2 * 1024 * 1024 } });
const snapshot = (rows: Awaited<ReturnType<typeof listingsOf>>) => rows.map((r) => ({ id: r.id, key: r.dedupe_key, status: r.status, title: r.title, description: r.description }));

describe(`feed faults lose no listing and duplicate none (${testDriver})`, () => {
  it("a connection cut mid-body, then a gzip bomb: listings from the good fetch untouched, both failures recorded, then a clean recovery", async () => {
    const src = await addSource("rss", server.url("/flaky.xml"));
    mode = "ok";
    expect(await ingest(src.id, T0)).toMatchObject({ status: "ok", new: 3 });
    const good = snapshot(await listingsOf(src.id));
    expect(good).toHaveLength(3);

    mode = "drop";
    const dropped = await ingest(src.id, later(1));
    expect(dropped).toMatchObject({ status: "error", errors: 1, new: 0 });
    expect(dropped.error_message).toMatch(/^Fetch failed/);
    expect(await getJobSourceById(src.id)).toMatchObject({ last_status: "error", consecutive_failures: 1, last_error: dropped.error_message });
    expect(snapshot(await listingsOf(src.id))).toEqual(good);

    mode = "bomb";
    const rssBefore = process.memoryUsage().rss;
    const bombed = await ingest(src.id, later(2));
    expect(bombed).toMatchObject({ status: "error", errors: 1, new: 0 });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
    expect(await getJobSourceById(src.id)).toMatchObject({ last_status: "error", consecutive_failures: 2, last_error: bombed.error_message });
    expect(snapshot(await listingsOf(src.id))).toEqual(good);

    mode = "ok";
    expect(await ingest(src.id, later(3))).toMatchObject({ status: "ok", new: 0, errors: 0 });
    expect(await getJobSourceById(src.id)).toMatchObject({ last_status: "ok", consecutive_failures: 0, last_error: null });
    expect(snapshot(await listingsOf(src.id))).toEqual(good);
  });

  it("a feed that changes every guid and link on every fetch keeps one row per job (the dedupe key is the job, not the guid)", async () => {
    const src = await addSource("rss", server.url("/rotating.xml"));
    const first = await ingest(src.id, T0);
    expect(first).toMatchObject({ status: "ok", new: 3 });
    const ids = (await listingsOf(src.id)).map((r) => r.id);
    for (let k = 1; k <= 4; k++) {
      const again = await ingest(src.id, later(k));
      expect(again).toMatchObject({ status: "ok", new: 0 });
    }
    const rows = await listingsOf(src.id);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(new Set(rows.map((r) => r.dedupe_key)).size).toBe(3);
    expect(rows.every((r) => r.status === "open")).toBe(true);
  });
});
