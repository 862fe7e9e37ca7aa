import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FEEDS_DIR } from "@/lib/jobs/demo-feed-reader";
import { normalizeJob } from "@/lib/jobs/normalize/normalize-job";
import { parseSourceBody } from "@/lib/jobs/sources";
import type { JobPosting } from "@/lib/jobs/types";
import { mutate, pathological, prng, type Rng } from "./prng";

/**
 * normalizeJob on a thousand-odd postings mutated from the demo feeds (fixed
 * seed): it never throws, stored URLs stay http(s), output is bounded by the
 * input, and no posting takes long.
 */
const SEED = 20260303;
const INPUTS = 1_000;
const MAX_MS_PER_INPUT = 1_500;
const NOW = new Date("2026-03-02T12:00:00Z");
let corpus: JobPosting[] = [];
let slowest = { ms: 0, kind: "", length: 0 };

beforeAll(async () => {
  const rss = readFileSync(path.join(DEMO_FEEDS_DIR, readdirRss()), "utf8");
  corpus = (await parseSourceBody("rss", rss, { now: NOW })).slice(0, 200);
});
afterAll(() => console.log(`normalizer fuzz: ${INPUTS} postings (+ pathological), slowest ${slowest.ms.toFixed(1)} ms (${slowest.kind}, ${slowest.length} chars)`));

function readdirRss(): string {
  return readdirSync(DEMO_FEEDS_DIR).find((f: string) => f.endsWith(".xml"))!;
}

const maybe = (rng: Rng, s: string | null) => (s === null || rng.next() < 0.5 ? s : rng.next() < 0.1 ? null : mutate(rng, s));

function mutatePosting(rng: Rng, p: JobPosting): JobPosting {
  return {
    ...p,
    title: rng.next() < 0.6 ? mutate(rng, p.title) : p.title,
    company: maybe(rng, p.company),
    location: maybe(rng, p.location ?? "Austin, TX"),
    url: rng.next() < 0.2 ? rng.pick(["javascript:alert(1)", "data:text/html,x", "//evil", "http://[::1", "ftp://x"]) : maybe(rng, p.url),
    descriptionHtml: rng.next() < 0.8 ? mutate(rng, p.descriptionHtml ?? "<p>Python and SQL</p>") : p.descriptionHtml,
    salaryText: maybe(rng, p.salaryText ?? "$80,000 - $95,000 a year"),
    employmentType: maybe(rng, p.employmentType ?? "Full-time"),
    remoteHint: maybe(rng, p.remoteHint),
    tags: rng.next() < 0.3 ? Array.from({ length: rng.int(200) }, () => mutate(rng, "Python").slice(0, 200)) : p.tags,
    postedAt: rng.next() < 0.1 ? new Date(rng.pick([Number.NaN, 8.64e15, -8.64e15, 0])) : p.postedAt,
  };
}

function check(p: JobPosting, kind: string) {
  const size = JSON.stringify(p).length;
  const started = performance.now();
  const job = normalizeJob(p, { sourceKind: "rss", now: NOW });
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, kind, length: size };
  expect(ms, `${kind} (${size} chars) took ${ms} ms`).toBeLessThan(MAX_MS_PER_INPUT);
  expect(typeof job.title).toBe("string");
  if (job.url !== null) expect(job.url).toMatch(/^https?:\/\//);
  expect(JSON.stringify(job).length).toBeLessThanOrEqual(3 * size + 20_000);
}

describe("normalizeJob fuzz (seed 20260303)", () => {
  it("mutated demo postings: no throw, safe URLs, bounded, fast", () => {
    expect(corpus.length).toBeGreaterThan(10);
    const rng = prng(SEED);
    for (let k = 0; k < INPUTS; k++) check(mutatePosting(rng, rng.pick(corpus)), `mutation #${k}`);
  });

  it("pathological titles, locations, salaries and descriptions", () => {
    const rng = prng(SEED + 1);
    for (let k = 0; k < 60; k++) {
      const text = pathological(rng);
      const base = rng.pick(corpus);
      check({ ...base, title: text.slice(0, 2_000), location: text.slice(0, 1_000), salaryText: text.slice(0, 1_000), descriptionHtml: text }, `pathological #${k}`);
    }
  });
});
