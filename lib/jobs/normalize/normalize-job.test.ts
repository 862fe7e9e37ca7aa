import { describe, expect, it } from "vitest";
import { parseSourceBody } from "../sources";
import { generateBigRssFeed } from "../test-feed-server";
import type { JobPosting } from "../types";
import { normalizeJob } from "./normalize-job";

const NOW = new Date("2025-06-02T00:00:00Z");

function posting(overrides: Partial<JobPosting>): JobPosting {
  return {
    externalId: "x1", title: "Engineer", company: null, location: null, url: "https://jobs.example/1", descriptionHtml: null,
    postedAt: null, employmentType: null, salaryText: null, tags: [], remoteHint: null, closed: false, ...overrides,
  };
}

describe("normalizeJob", () => {
  it("composes every normaliser into the stored row", () => {
    const job = normalizeJob(
      posting({
        title: "Sr. Data Engineer at Vireo AI (Remote, US)",
        descriptionHtml: "<p>Join us.</p><h3>Requirements</h3><ul><li>5+ years of experience with Python and SQL</li></ul><h3>Nice to have</h3><ul><li>Apache Spark</li></ul><p>Salary: $140k - $165k. No sponsorship is available.</p>",
        postedAt: new Date("2025-06-01T00:00:00Z"),
        employmentType: "Full-time",
        tags: ["python"],
      }),
      { sourceKind: "rss", now: NOW },
    );
    expect(job).toMatchObject({
      title: "Sr. Data Engineer", company: "Vireo AI", location: "Remote, US", country: "US", remote_type: "remote", remote_regions: ["US"],
      employment_type: "full-time", seniority: "senior", min_years_experience: 5, salary_min: 140000, salary_max: 165000,
      salary_currency: "USD", salary_period: "year", salary_annual_min: 140000, sponsorship: "no", field: "data", closed: false,
    });
    expect(job.required_skills).toEqual(expect.arrayContaining(["Python", "SQL"]));
    expect(job.preferred_skills).toContain("Apache Spark");
    expect(job.posted_at?.toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(job.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("drops unsafe URLs and future dates, and changes the hash when content changes", () => {
    const base = posting({ url: "javascript:alert(1)", postedAt: new Date("2030-01-01T00:00:00Z"), descriptionHtml: "<p>v1</p>" });
    const job = normalizeJob(base, { sourceKind: "greenhouse", now: NOW });
    expect([job.url, job.posted_at]).toEqual([null, null]);
    expect(normalizeJob({ ...base, descriptionHtml: "<p>v2</p>" }, { sourceKind: "greenhouse", now: NOW }).content_hash).not.toBe(job.content_hash);
    expect(normalizeJob(base, { sourceKind: "greenhouse", now: NOW }).content_hash).toBe(job.content_hash);
  });

  it("normalises a 5,000-item feed (speed is measured by npm run bench -- ingest, not here)", async () => {
    const postings = await parseSourceBody("rss", generateBigRssFeed(5_000));
    expect(postings).toHaveLength(5_000);
    const jobs = postings.map((p) => normalizeJob(p, { sourceKind: "rss", now: NOW }));
    expect(jobs[7].salary_min).toBe(87000);
    expect(new Set(jobs.map((j) => j.dedupe_key)).size).toBeGreaterThan(100);
  });
});
