import { readFileSync } from "node:fs";
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getJobSourceById, listJobSources } from "@/db/queries/job-sources";
import { listJobs } from "@/db/queries/job-listings";
import { jobListings, pipelineRuns } from "@/db/schema";
import { addSource, clearJobs, listingsOf } from "@/tests/feeds";
import { testDriver, useTestDb } from "@/tests/db";
import { DEMO_FEEDS_DIR } from "./demo-feed-reader";
import type { DemoExpectation } from "./demo-data/demo-files";
import { refreshSources } from "./refresh";
import { ensureDemoSources } from "./seed-demo-sources";
import { startTestFeedServer, type TestFeedServer } from "./test-feed-server";

useTestDb();

const NOW = new Date("2025-06-10T12:00:00Z");

describe(`refreshSources (${testDriver})`, () => {
  let server: TestFeedServer;
  beforeAll(async () => {
    server = await startTestFeedServer();
  });
  afterAll(() => server.close());
  beforeEach(clearJobs);

  it("records each bad feed on its source while the good ones in the same run succeed", async () => {
    const good = await addSource("rss", server.url("/rss.xml"));
    const goodToo = await addSource("greenhouse", server.url("/greenhouse.json"));
    const empty = await addSource("rss", server.url("/empty.xml"));
    const cases: Array<[string, string, RegExp, number | null]> = [
      ["rss", "/malformed.xml", /^Could not read the feed: rss: /, null],
      ["rss", "/html", /^Could not read the feed: rss: got an HTML page instead of a feed/, null],
      ["rss", "/404", /^Fetch failed: HTTP 404 from /, 404],
      ["atom", "/500", /^Fetch failed: HTTP 500 from /, 500],
      ["rss", "/slow", /^Fetch failed: timed out after 5000 ms/, null],
      ["rss", "/drop", /^Fetch failed: (network error|timed out)/, null],
      ["rss", "/gzip-bomb", /^Fetch failed: compressed body expands past/, null],
      ["rss", "/big.xml", /^Fetch failed: body exceeds the 10485760-byte limit/, null],
      ["rss", "/redirect-loop", /^Fetch failed: more than 5 redirects/, null],
      ["greenhouse", "/rss.xml", /^Could not read the feed: greenhouse: /, null],
      ["lever", "not a token!", /^Source misconfigured: /, null],
    ];
    const bad = [];
    for (const [kind, target, , ] of cases) bad.push(await addSource(kind, target.startsWith("/") ? server.url(target) : target));

    // A timeout long enough that a loaded machine still finishes the bomb, big and redirect cases on their own checks.
    const run = await refreshSources({ now: NOW, limits: { timeoutMs: 5000 }, concurrency: 4 });
    const byId = new Map(run.sources.map((s) => [s.source_id, s]));
    expect(byId.get(good.id)).toMatchObject({ status: "ok", errors: 0 });
    expect(byId.get(good.id)!.new).toBeGreaterThan(5);
    expect(byId.get(goodToo.id)).toMatchObject({ status: "ok" });
    expect(byId.get(empty.id)).toMatchObject({ status: "ok", fetched: 0, new: 0 });
    for (const [i, [, target, message, httpStatus]] of cases.entries()) {
      const result = byId.get(bad[i].id)!;
      expect(result.status, target).toBe("error");
      expect(result.error_message, target).toMatch(message);
      const stored = (await getJobSourceById(bad[i].id))!;
      expect(stored, target).toMatchObject({ last_status: "error", consecutive_failures: 1, last_error: result.error_message, last_http_status: httpStatus });
      expect(stored.next_fetch_at!.getTime(), target).toBeGreaterThan(NOW.getTime());
      expect(await listingsOf(bad[i].id), target).toHaveLength(0);
    }
    expect(run.totals).toMatchObject({ sources: cases.length + 3, errors: cases.length });

    const db = await getDb();
    const [logged] = await db.select().from(pipelineRuns).where(eq(pipelineRuns.id, run.run_id));
    expect(logged).toMatchObject({ kind: "fetch", trigger: "manual", status: "ok" });
    expect(logged.counts).toMatchObject({ errors: cases.length, sources: cases.length + 3 });
    expect(logged.error).toContain("HTTP 404");

    // Nothing is due right after; forcing fetches again and backs the failures off further.
    expect((await refreshSources({ now: NOW })).sources).toHaveLength(0);
    const first404 = (await getJobSourceById(bad[2].id))!;
    await refreshSources({ sourceId: bad[2].id, now: NOW });
    const second404 = (await getJobSourceById(bad[2].id))!;
    expect(second404.consecutive_failures).toBe(2);
    expect(second404.next_fetch_at!.getTime()).toBeGreaterThan(first404.next_fetch_at!.getTime());
  });

  it("a recovered source resets its failures", async () => {
    const flaky = await addSource("rss", server.url("/500"));
    await refreshSources({ sourceId: flaky.id, now: NOW });
    const db = await getDb();
    const { jobSources } = await import("@/db/schema");
    await db.update(jobSources).set({ url: server.url("/rss.xml") }).where(eq(jobSources.id, flaky.id));
    const run = await refreshSources({ sourceId: flaky.id, now: NOW });
    expect(run.sources[0].status).toBe("ok");
    expect((await getJobSourceById(flaky.id))!).toMatchObject({ consecutive_failures: 0, last_error: null, last_status: "ok" });
  });

  it("stores a 5,000-item feed in one go when the size limit allows it", async () => {
    const big = await addSource("rss", server.url("/big.xml"));
    const run = await refreshSources({ sourceId: big.id, now: NOW, limits: { maxBytes: 20 * 1024 * 1024 } });
    expect(run.sources[0]).toMatchObject({ status: "ok", fetched: 5000, new: 5000, skipped: 0 });
    expect(await listingsOf(big.id)).toHaveLength(5000);
  }, 120_000);

  it("ingests every demo source: ≥ 100 open jobs, the cross-feed duplicates collapsed", async () => {
    expect(await ensureDemoSources({ enabled: true })).toEqual({ created: 8 });
    expect(await ensureDemoSources({ enabled: true })).toEqual({ created: 0 });
    const sources = await listJobSources();
    expect(sources.every((s) => s.is_demo && s.enabled && s.url.startsWith("demo://"))).toBe(true);

    const run = await refreshSources({ now: NOW });
    expect(run.sources.map((s) => s.status)).toEqual(Array(8).fill("ok"));
    expect(run.totals.fetched).toBe(114);
    const { total } = await listJobs({ limit: 1, offset: 0 });
    expect(total).toBeGreaterThanOrEqual(100);

    const expected: DemoExpectation[] = JSON.parse(readFileSync(path.join(DEMO_FEEDS_DIR, "expected.json"), "utf8"));
    const groups = new Set(expected.map((e) => e.dupGroup).filter(Boolean));
    expect(groups.size).toBe(3);
    const rows = await listingsOf();
    expect(rows.length).toBe(114 - groups.size);
    expect(rows.filter((r) => r.source_urls.length === 2)).toHaveLength(3);
    expect(total).toBe(rows.filter((r) => r.status === "open").length);

    // Running again changes nothing: every source answers 304 (same demo ETag).
    const again = await refreshSources({ now: NOW, force: true });
    expect(again.sources.map((s) => s.status)).toEqual(Array(8).fill("not_modified"));
    const db = await getDb();
    const latest = await db.select().from(jobListings).orderBy(desc(jobListings.updated_at)).limit(1);
    expect(latest[0].updated_at.getTime()).toBe(NOW.getTime());
  });

  it("seeds demo sources disabled on Postgres-style deployments", async () => {
    await ensureDemoSources({ enabled: false });
    expect((await listJobSources()).every((s) => !s.enabled)).toBe(true);
    expect((await refreshSources({ now: NOW })).sources).toHaveLength(0);
  });
});
