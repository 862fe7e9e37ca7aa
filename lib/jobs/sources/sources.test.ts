import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_FEEDS_DIR } from "../demo-feed-reader";
import { DEMO_FILES } from "../demo-data/demo-files";
import { FeedParseError, parseSourceBody, resolveSourceUrl, type SourceKind } from "./index";

const demo = (file: string) => readFileSync(path.join(DEMO_FEEDS_DIR, file), "utf8");
const NOW = new Date("2025-06-02T00:00:00Z");

async function parseError(kind: SourceKind, body: string): Promise<FeedParseError> {
  const error = await parseSourceBody(kind, body).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeedParseError);
  return error as FeedParseError;
}

describe("adapters on the demo feeds", () => {
  it("reads job:* elements, dates and expiry from RSS", async () => {
    const jobs = await parseSourceBody("rss", demo(DEMO_FILES.nsr), { now: NOW });
    expect(jobs).toHaveLength(16);
    expect(jobs[0]).toMatchObject({
      title: "Senior Backend Engineer", company: "Quillstack", location: "Remote (US)", salaryText: "$150k–$180k",
      employmentType: "Full-time", externalId: "https://hirely.example/jobs/senior-backend-engineer-1000", closed: false,
    });
    expect(jobs[0].postedAt?.toISOString()).toBe("2025-05-31T22:00:00.000Z");
    expect(jobs[0].tags).toEqual(["Engineering", "Python", "TypeScript"]);
    expect(jobs.filter((j) => j.closed).map((j) => j.title)).toEqual(["Lab Technician"]);
  });

  it("reads un-namespaced custom elements (region, salary, type) from RSS", async () => {
    const jobs = await parseSourceBody("rss", demo(DEMO_FILES.rrs));
    expect(jobs[0]).toMatchObject({ title: "Tiderun: Senior Frontend Engineer", company: null, salaryText: "€80k - €95k", employmentType: "Full-Time", remoteHint: "Europe" });
  });

  it("reads Atom entries with author, category and HTML content", async () => {
    const jobs = await parseSourceBody("atom", demo(DEMO_FILES.atom));
    expect(jobs).toHaveLength(14);
    expect(jobs[0]).toMatchObject({ company: "Arden & Vale Consulting", url: "https://engineerjobs.example/jobs/2044", tags: ["Civil Engineering"] });
    expect(jobs[0].descriptionHtml).toContain("<h3>");
  });

  it("reads Greenhouse boards (escaped content, metadata, pay ranges)", async () => {
    const jobs = await parseSourceBody("greenhouse", demo(DEMO_FILES.ghn));
    expect(jobs).toHaveLength(13);
    expect(jobs[0]).toMatchObject({ company: "Northwind Robotics", location: "Boston, MA", employmentType: "Full-time", tags: ["Engineering"] });
    expect(jobs[0].descriptionHtml).toMatch(/^&lt;p&gt;/);
    expect(jobs.find((j) => j.title.startsWith("Staff"))?.salary).toEqual({ min: 210000, max: 250000, currency: "USD", period: "year" });
  });

  it("reads Lever postings (lists, salaryRange, company from the URL)", async () => {
    const jobs = await parseSourceBody("lever", demo(DEMO_FILES.lev));
    expect(jobs).toHaveLength(14);
    expect(jobs[0]).toMatchObject({ company: "Atlas Infrastructure", remoteHint: "onsite", salary: { min: 70000, max: 80000, currency: "USD", period: "year" } });
    expect(jobs[0].descriptionHtml).toContain("<h3>");
    expect((await parseSourceBody("lever", demo(DEMO_FILES.lev), { companyName: "Atlas Infrastructure Group" }))[0].company).toBe("Atlas Infrastructure Group");
  });

  it("reads Ashby boards (compensation components, unlisted = closed)", async () => {
    const jobs = await parseSourceBody("ashby", demo(DEMO_FILES.ash));
    expect(jobs).toHaveLength(14);
    expect(jobs[0]).toMatchObject({ company: "Fernpay", employmentType: "FullTime", remoteHint: "OnSite", salary: { min: 140000, max: 170000, currency: "USD", period: "year" } });
    expect(jobs.filter((j) => j.closed).map((j) => j.title)).toEqual(["Security Engineer"]);
  });
});

describe("adapter errors", () => {
  it.each([
    ["rss", "", "empty_body"],
    ["rss", "<!DOCTYPE html><html><body>Sign in</body></html>", "html_page"],
    ["rss", '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></channel>', "malformed_xml"],
    ["atom", "<note><to>x</to></note>", "not_a_feed"],
    ["rss", '{"jobs": []}', "not_a_feed"],
    ["greenhouse", "{jobs: [", "invalid_json"],
    ["greenhouse", '{"postings": []}', "wrong_shape"],
    ["lever", '{"jobs": []}', "wrong_shape"],
    ["ashby", '{"jobs": [{"id": 1}]}', "wrong_shape"],
    ["lever", "<html><head></head></html>", "html_page"],
  ] as const)("%s body %j → %s", async (kind, body, code) => {
    expect((await parseError(kind, body)).code).toBe(code);
  });

  it("says where a JSON shape is wrong", async () => {
    expect((await parseError("ashby", '{"jobs": [{"id": "a"}]}')).message).toMatch(/jobs\.0\.title/);
  });

  it("returns no jobs for an empty feed", async () => {
    expect(await parseSourceBody("rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>E</title></channel></rss>')).toEqual([]);
  });
});

describe("resolveSourceUrl", () => {
  it.each([
    ["greenhouse", "acme", "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true"],
    ["lever", "acme-co", "https://api.lever.co/v0/postings/acme-co?mode=json"],
    ["ashby", "Acme", "https://api.ashbyhq.com/posting-api/job-board/Acme?includeCompensation=true"],
    ["rss", "https://example.com/feed.xml", "https://example.com/feed.xml"],
    ["lever", "demo://lever-atlas-infrastructure.json", "demo://lever-atlas-infrastructure.json"],
  ] as const)("%s %s", (kind, input, url) => {
    expect(resolveSourceUrl(kind, input)).toBe(url);
  });

  it("rejects tokens that are not tokens", () => {
    expect(() => resolveSourceUrl("greenhouse", "../admin")).toThrow(/not a valid/);
    expect(() => resolveSourceUrl("rss", "example.com/feed")).toThrow(/full URL/);
  });
});
