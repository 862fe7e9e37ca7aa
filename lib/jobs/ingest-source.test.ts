import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getJobSourceById } from "@/db/queries/job-sources";
import { getDb } from "@/db";
import { listJobs } from "@/db/queries/job-listings";
import { mutableFeed, addSource, clearJobs, listingsOf, postingText } from "@/tests/feeds";
import { testDriver, useTestDb } from "@/tests/db";
import { ingestSource } from "./ingest-source";
import { normalizeJob } from "./normalize/normalize-job";
import { upsertJobListings } from "./store-listings";
import { startTestFeedServer, type TestFeedServer } from "./test-feed-server";

useTestDb();

const T0 = new Date("2025-06-10T12:00:00Z");
const later = (days: number) => new Date(T0.getTime() + days * 86_400_000);

describe(`ingestSource (${testDriver})`, () => {
  let server: TestFeedServer;
  const feedA = mutableFeed([]);
  const feedB = mutableFeed([]);

  beforeAll(async () => {
    server = await startTestFeedServer({ "/a.xml": feedA.route, "/b.xml": feedB.route });
  });
  afterAll(() => server.close());
  beforeEach(clearJobs);

  const source = async (kind: "rss" | "atom" | "greenhouse" | "lever" | "ashby", path: string) => addSource(kind, server.url(path));
  const ingest = async (id: number, now = T0) => ingestSource((await getJobSourceById(id))!, { now });

  it.each([
    ["rss", "/rss.xml"],
    ["atom", "/atom.xml"],
    ["greenhouse", "/greenhouse.json"],
    ["lever", "/lever.json"],
    ["ashby", "/ashby.json"],
  ] as const)("ingests a %s feed and records the source state", async (kind, path) => {
    const src = await source(kind, path);
    const result = await ingest(src.id);
    expect(result).toMatchObject({ status: "ok", errors: 0, updated: 0, unchanged: 0 });
    expect(result.fetched).toBeGreaterThan(3);
    expect(result.new + result.duplicates + result.skipped).toBe(result.fetched);
    const rows = await listingsOf(src.id);
    expect(rows).toHaveLength(result.new);
    expect(rows.every((r) => r.title && r.dedupe_key && r.source_urls.length >= 1 && r.first_seen_at.getTime() === T0.getTime())).toBe(true);
    const stored = (await getJobSourceById(src.id))!;
    expect(stored).toMatchObject({ last_status: "ok", last_http_status: 200, items_seen: result.fetched, consecutive_failures: 0, last_error: null });
    expect(stored.next_fetch_at!.getTime()).toBeGreaterThan(T0.getTime());
  });

  it("sends the stored ETag: a 304 is recorded and changes no listing", async () => {
    const src = await source("rss", "/etag");
    const first = await ingest(src.id);
    expect(first.new).toBeGreaterThan(0);
    const afterFirst = (await getJobSourceById(src.id))!;
    expect(afterFirst.etag).toBe('"v1"');
    expect(afterFirst.last_modified).toBe("Mon, 02 Jun 2025 00:00:00 GMT");
    const before = await listingsOf(src.id);

    const second = await ingest(src.id, later(1));
    expect(second).toMatchObject({ status: "not_modified", new: 0, updated: 0, fetched: 0 });
    const after = await listingsOf(src.id);
    expect(after.map(({ last_seen_at: _s, ...r }) => r)).toEqual(before.map(({ last_seen_at: _s, ...r }) => r));
    const open = after.filter((r) => r.status === "open");
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => r.last_seen_at.getTime() === later(1).getTime())).toBe(true);
    expect((await getJobSourceById(src.id))!).toMatchObject({ last_status: "not_modified", last_http_status: 304, etag: '"v1"', items_seen: first.fetched });
  });

  it("re-fetching an unchanged feed leaves every row as it was (only last_seen_at moves)", async () => {
    const src = await source("rss", "/rss.xml");
    const first = await ingest(src.id);
    const before = await listingsOf();
    const again = await ingest(src.id, later(2));
    expect(again).toMatchObject({ status: "ok", new: 0, updated: 0, unchanged: first.new });
    const after = await listingsOf();
    expect(after.map(({ last_seen_at: _s, ...r }) => r)).toEqual(before.map(({ last_seen_at: _s, ...r }) => r));
  });

  it("keeps one row for a job on two feeds, with both URLs, and only its first feed rewrites it", async () => {
    const job = { title: "Junior Data Analyst", company: "Brightwave Inc.", location: "Denver, CO" };
    feedA.set([{ ...job, link: "https://a.example/1", description: postingText("a junior data analyst") }]);
    feedB.set([{ ...job, company: "Brightwave", link: "https://b.example/xyz", description: postingText("a junior data analyst", "friendly") }]);
    const a = await source("rss", "/a.xml");
    const b = await source("rss", "/b.xml");
    expect(await ingest(a.id)).toMatchObject({ new: 1 });
    expect(await ingest(b.id)).toMatchObject({ new: 0, duplicates: 1 });
    const rows = await listingsOf();
    expect(rows).toHaveLength(1);
    expect(rows[0].source_urls).toEqual(["https://a.example/1", "https://b.example/xyz"]);
    expect(rows[0].source_id).toBe(a.id);
    // Both feeds again: nothing flips between the two wordings.
    await ingest(a.id, later(1));
    await ingest(b.id, later(1));
    const again = await listingsOf();
    expect(again[0].updated_at).toEqual(rows[0].updated_at);
    expect(again[0].fetched_at).toEqual(rows[0].fetched_at);
    expect(again[0].description).toBe(rows[0].description);
  });

  it("merges a near-identical posting with a different dedupe key, but not a different level", async () => {
    feedA.set([
      { title: "Senior Data Scientist", company: "Vireo Labs", location: "Remote", link: "https://a.example/ds", description: postingText("a senior data scientist") },
      { title: "Software Engineer II", company: "Vireo Labs", location: "Austin, TX", link: "https://a.example/se2", description: postingText("a software engineer") },
    ]);
    feedB.set([
      { title: "Senior Data Scientist (Experimentation)", company: "Vireo Labs", location: "Remote", link: "https://b.example/ds", description: postingText("a senior data scientist", "small") },
      { title: "Software Engineer III", company: "Vireo Labs", location: "Austin, TX", link: "https://b.example/se3", description: postingText("a software engineer") },
    ]);
    const a = await source("rss", "/a.xml");
    const b = await source("rss", "/b.xml");
    await ingest(a.id);
    const second = await ingest(b.id);
    expect(second).toMatchObject({ new: 1, duplicates: 1 });
    const rows = await listingsOf();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.title === "Senior Data Scientist")!.source_urls).toEqual(["https://a.example/ds", "https://b.example/ds"]);
    expect(rows.map((r) => r.title).sort()).toEqual(["Senior Data Scientist", "Software Engineer II", "Software Engineer III"]);
    // Idempotent: the merge happens the same way on every fetch.
    expect(await ingest(b.id, later(1))).toMatchObject({ new: 0, duplicates: 1, unchanged: 1 });
    expect(await listingsOf()).toHaveLength(3);
  });

  it("closes jobs the feed flags closed and jobs gone for 7 days; closed jobs leave listJobs", async () => {
    const keep = { title: "Registered Nurse", company: "Cedar Health", location: "Boise, ID", link: "https://a.example/rn", description: postingText("a registered nurse") };
    const gone = { title: "Lab Technician", company: "Cedar Health", location: "Boise, ID", link: "https://a.example/lab", description: postingText("a lab technician") };
    const flagged = { title: "Pharmacist", company: "Cedar Health", location: "Boise, ID", link: "https://a.example/ph", description: postingText("a pharmacist") };
    feedA.set([keep, gone, flagged]);
    const a = await source("rss", "/a.xml");
    expect(await ingest(a.id)).toMatchObject({ new: 3 });

    feedA.set([keep, { ...flagged, status: "closed" }]);
    expect(await ingest(a.id, later(3))).toMatchObject({ updated: 1, closed: 0 });
    let rows = await listingsOf();
    expect(rows.find((r) => r.title === "Pharmacist")).toMatchObject({ status: "closed", closed_at: later(3) });
    expect(rows.find((r) => r.title === "Lab Technician")!.status).toBe("open"); // gone 3 days: still open

    expect(await ingest(a.id, later(8))).toMatchObject({ closed: 1 });
    rows = await listingsOf();
    expect(rows.find((r) => r.title === "Lab Technician")).toMatchObject({ status: "closed", closed_at: later(8) });
    expect(rows.find((r) => r.title === "Registered Nurse")!.status).toBe("open");
    const listed = await listJobs({ limit: 100, offset: 0 });
    expect(listed.rows.map((r) => r.title)).toEqual(["Registered Nurse"]);
    expect(listed.total).toBe(1);
  });

  it("a job still listed by a second feed is not closed when its first feed drops it", async () => {
    const job = { title: "Civil Engineer", company: "Atlas Group", location: "Reno, NV", description: postingText("a civil engineer") };
    feedA.set([{ ...job, link: "https://a.example/ce" }]);
    feedB.set([{ ...job, link: "https://b.example/ce" }]);
    const a = await source("rss", "/a.xml");
    const b = await source("rss", "/b.xml");
    await ingest(a.id);
    await ingest(b.id);
    feedA.set([]);
    await ingest(b.id, later(8));
    expect(await ingest(a.id, later(9))).toMatchObject({ status: "ok", closed: 0 });
    expect((await listingsOf())[0].status).toBe("open");
  });

  it("refuses private addresses when ALLOW_PRIVATE_SOURCE_URLS is off, before any request", async () => {
    const src = await source("rss", "/rss.xml");
    const seen = server.requests.length;
    const result = await ingestSource((await getJobSourceById(src.id))!, { now: T0, allowPrivate: false });
    expect(result.status).toBe("error");
    expect(result.error_message).toMatch(/^Fetch refused: 127\.0\.0\.1 is a private, loopback or reserved IPv4 address/);
    expect(server.requests.length).toBe(seen);
    expect((await getJobSourceById(src.id))!).toMatchObject({ last_status: "error", consecutive_failures: 1 });
  });

  it("writes a source's batch all or nothing", async () => {
    const src = await source("rss", "/big.xml");
    const now = new Date();
    const base = normalizeJob(
      { externalId: "x", title: "Analyst", company: "Acme", location: "Paris, France", url: "https://x.example/1", descriptionHtml: "<p>text</p>", postedAt: null, employmentType: null, salaryText: null, tags: [], remoteHint: null, closed: false },
      { sourceKind: "rss", now },
    );
    const jobs = Array.from({ length: 700 }, (_, i) => ({ ...base, dedupe_key: `key-${i}`, title: `Analyst ${i}`, text_fingerprint: i.toString(16).padStart(16, "0") }));
    jobs[650] = { ...jobs[650], seniority: "x".repeat(40) as never }; // longer than the column: the second chunk fails
    const db = await getDb();
    await expect(db.transaction((tx) => upsertJobListings(tx, src.id, jobs, now))).rejects.toThrow();
    expect(await listingsOf()).toHaveLength(0);
  });

  it("stores text with NUL characters (Postgres refuses them) instead of failing the batch", async () => {
    const body = JSON.stringify({ jobs: [{ id: 1, title: "Data\u0000 Engineer", absolute_url: "https://boards.greenhouse.io/acme/jobs/1", location: { name: "Remote" }, content: "<p>Build\u0000 pipelines</p>", company_name: "Acme", updated_at: "2025-06-01T00:00:00Z" }] });
    const nul = await startTestFeedServer({ "/nul.json": (_q, r) => { r.writeHead(200, { "content-type": "application/json" }); r.end(body); } });
    try {
      const src = await addSource("greenhouse", nul.url("/nul.json"));
      expect(await ingest(src.id)).toMatchObject({ status: "ok", new: 1 });
      expect((await listingsOf())[0]).toMatchObject({ title: "Data Engineer", description: "Build pipelines" });
    } finally {
      await nul.close();
    }
  });
});
