import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ANCHOR } from "./demo-feed-reader";
import { FEED_USER_AGENT, FetchFeedError, fetchFeed } from "./fetch-feed";
import { parseSourceBody } from "./sources";
import { startTestFeedServer, type TestFeedServer } from "./test-feed-server";

let server: TestFeedServer;
beforeAll(async () => {
  server = await startTestFeedServer({
    "/ua": (req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(String(req.headers["user-agent"]));
    },
  });
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<FetchFeedError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchFeedError);
  return error as FetchFeedError;
}

describe("fetchFeed", () => {
  it("fetches and parses each format", async () => {
    const cases = [["/rss.xml", "rss"], ["/atom.xml", "atom"], ["/greenhouse.json", "greenhouse"], ["/lever.json", "lever"], ["/ashby.json", "ashby"]] as const;
    for (const [route, kind] of cases) {
      const result = await fetchFeed({ url: server.url(route) });
      expect(result.status).toBe("ok");
      if (result.status !== "ok") continue;
      expect(result.bytes).toBe(Buffer.byteLength(result.body));
      expect((await parseSourceBody(kind, result.body)).length).toBeGreaterThanOrEqual(13);
    }
  });

  it("sends a User-Agent naming the app", async () => {
    const result = await fetchFeed({ url: server.url("/ua") });
    expect(result.status === "ok" && result.body).toBe(FEED_USER_AGENT);
  });

  it("does conditional GETs with ETag and Last-Modified", async () => {
    const first = await fetchFeed({ url: server.url("/etag") });
    if (first.status !== "ok") throw new Error("expected ok");
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe("Mon, 02 Jun 2025 00:00:00 GMT");
    expect(await fetchFeed({ url: server.url("/etag"), etag: first.etag })).toEqual({ status: "not_modified" });
    expect(await fetchFeed({ url: server.url("/etag"), lastModified: first.lastModified })).toEqual({ status: "not_modified" });
  });

  it("maps HTTP errors to http_error with the status", async () => {
    expect((await failure(fetchFeed({ url: server.url("/404") }))).status).toBe(404);
    const error = await failure(fetchFeed({ url: server.url("/500") }));
    expect([error.code, error.status]).toEqual(["http_error", 500]);
  });

  it("times out on a slow body", async () => {
    const started = Date.now();
    expect((await failure(fetchFeed({ url: server.url("/slow"), timeoutMs: 400 }))).code).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("follows redirects up to the limit and calls checkUrl for every hop", async () => {
    const seen: string[] = [];
    const result = await fetchFeed({ url: server.url("/redirect/3"), checkUrl: (u) => void seen.push(u.pathname) });
    expect(result.status === "ok" && result.finalUrl).toBe(server.url("/rss.xml"));
    expect(seen).toEqual(["/redirect/3", "/redirect/2", "/redirect/1", "/rss.xml"]);
    expect((await failure(fetchFeed({ url: server.url("/redirect/3"), maxRedirects: 2 }))).code).toBe("too_many_redirects");
    expect((await failure(fetchFeed({ url: server.url("/redirect-loop") }))).code).toBe("too_many_redirects");
  });

  it("lets checkUrl refuse a redirect target", async () => {
    const checkUrl = (u: URL) => {
      if (u.pathname === "/rss.xml") throw new Error("private address");
    };
    const error = await failure(fetchFeed({ url: server.url("/redirect/1"), checkUrl }));
    expect([error.code, error.message]).toEqual(["blocked", "URL refused: private address"]);
  });

  it("stops a gzip bomb without buffering it", async () => {
    const before = process.memoryUsage().rss;
    const error = await failure(fetchFeed({ url: server.url("/gzip-bomb"), maxBytes: 2 * 1024 * 1024 }));
    expect(error.code).toBe("decompression_bomb");
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });

  it("accepts a normal gzip-encoded feed", async () => {
    const result = await fetchFeed({ url: server.url("/gzip.xml") });
    expect(result.status === "ok" && result.body.startsWith("<?xml")).toBe(true);
  });

  it("enforces maxBytes on plain bodies", async () => {
    expect((await failure(fetchFeed({ url: server.url("/big.xml"), maxBytes: 100_000 }))).code).toBe("too_large");
  });

  it("reports a connection dropped mid-body as a network error", async () => {
    expect((await failure(fetchFeed({ url: server.url("/drop") }))).code).toBe("network");
  });

  it("reports refused connections and bad URLs", async () => {
    expect((await failure(fetchFeed({ url: "http://127.0.0.1:1/feed" }))).code).toBe("network");
    expect((await failure(fetchFeed({ url: "ftp://example.com/feed" }))).code).toBe("bad_url");
    expect((await failure(fetchFeed({ url: "not a url" }))).code).toBe("bad_url");
  });

  it("serves demo:// files with a stable etag and shifted dates", async () => {
    const now = new Date(DEMO_ANCHOR.getTime() + 40 * 86_400_000 + 3_600_000);
    const first = await fetchFeed({ url: "demo://hirely.rss.xml", now });
    if (first.status !== "ok") throw new Error("expected ok");
    const postings = await parseSourceBody("rss", first.body, { now });
    const newest = Math.max(...postings.map((p) => p.postedAt!.getTime()));
    expect(newest).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime() - newest).toBeLessThan(2 * 86_400_000);
    expect(await fetchFeed({ url: "demo://hirely.rss.xml", etag: first.etag, now })).toEqual({ status: "not_modified" });
    expect((await failure(fetchFeed({ url: "demo://../package.json" }))).code).toBe("bad_url");
    expect((await failure(fetchFeed({ url: "demo://missing.xml" }))).status).toBe(404);
  });
});
