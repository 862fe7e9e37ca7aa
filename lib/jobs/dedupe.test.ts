import { describe, expect, it } from "vitest";
import { computeDemoAccuracy } from "./demo-accuracy";
import { dedupeKey, dedupeKeyParts, hammingDistance, isNearDuplicate, normalizeCompanyName, normalizeTitleForKey, textFingerprint } from "./dedupe";

const BASE_PARAGRAPH = "We are hiring a backend engineer to build payment APIs in Go and PostgreSQL. You will own services end to end, write tests, review code and join a calm on-call rotation. Requirements: 3+ years of backend experience, SQL, Docker, clear writing. Nice to have: Kubernetes, Kafka. Benefits: health insurance, 401(k), learning budget.";

// A realistic length (~280 words): simhash needs a few hundred words to be stable.
const BASE = [
  BASE_PARAGRAPH,
  "Our team of twelve engineers supports merchants in forty countries and processes millions of transactions every week.",
  "You will design schemas, tune slow queries, and improve the observability of our services with metrics, logs and traces.",
  "We plan work in two-week cycles, write short design documents before large changes, and pair often on tricky problems.",
  "In your first month you will ship a small feature, join incident reviews, and meet the product and support teams.",
  "We value kindness, clear ownership, and sustainable pace; nobody is expected to answer messages in the evening.",
  "The interview process has four steps: an intro call, a take-home exercise, a systems conversation and a team chat.",
  "Relocation support is available for candidates moving to one of our hubs, and remote work is welcome across the region.",
  "Please include a short note about a project you are proud of and what you learned from it when you apply.",
].join(" ");

describe("dedupe keys", () => {
  it.each([
    ["Acme Robotics, Inc.", "acme robotics"], ["ACME Robotics LLC", "acme robotics"], ["Nordlicht GmbH", "nordlicht"], ["Maple & Finch Ltd.", "maple finch"],
  ])("company %s → %s", (name, norm) => {
    expect(normalizeCompanyName(name)).toBe(norm);
  });

  it("unifies title spellings", () => {
    expect(normalizeTitleForKey("Sr. Software Eng. II (Remote)")).toBe(normalizeTitleForKey("Senior Software Engineer 2"));
    expect(normalizeTitleForKey("Software Engineer, New Grad")).toBe(normalizeTitleForKey("New Graduate Software Engineer"));
    expect(normalizeTitleForKey("Jr. Data Analyst")).toBe("analyst data junior");
  });

  it("gives the same key for the same job on two boards, different keys for different roles", () => {
    const a = dedupeKey({ company: "Northwind Robotics", title: "Software Engineer, New Grad", location: { city: "Boston", country: "US", remote_type: "onsite" } });
    const b = dedupeKey({ company: "Northwind Robotics Inc.", title: "New Grad Software Engineer", location: { city: "Boston", country: "US", remote_type: "onsite" } });
    const c = dedupeKey({ company: "Northwind Robotics", title: "Senior Software Engineer", location: { city: "Boston", country: "US", remote_type: "onsite" } });
    const d = dedupeKey({ company: "Northwind Robotics", title: "Software Engineer, New Grad", location: { city: "Pittsburgh", country: "US", remote_type: "onsite" } });
    expect(a).toBe(b);
    expect(new Set([a, c, d]).size).toBe(3);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(dedupeKeyParts({ company: "Tiderun", title: "Backend Engineer", location: "Remote (EU)" })).toBe("tiderun|backend engineer|remote");
  });
});

describe("text fingerprints", () => {
  it("puts slightly reworded postings within a few bits and unrelated ones far apart", () => {
    const reworded = BASE.replace("We are hiring a", "Join us as a").replace("calm on-call rotation", "calm on-call rota");
    const other = "Registered nurse for the ICU night shift. Provide direct patient care, administer medications, document in Epic and educate families. Requires an RN license, BLS and two years of acute care experience.";
    const fp = textFingerprint(BASE);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(textFingerprint(BASE)).toBe(fp);
    expect(hammingDistance(fp, textFingerprint(reworded))).toBeLessThanOrEqual(6);
    expect(hammingDistance(fp, textFingerprint(other))).toBeGreaterThan(12);
    expect(isNearDuplicate(fp, fp)).toBe(true);
    expect(isNearDuplicate(fp, textFingerprint(other))).toBe(false);
  });

  it("finds the deliberate cross-board duplicates in the demo feeds, and only those", async () => {
    const { jobs } = await computeDemoAccuracy();
    const byKey = new Map<string, string[]>();
    for (const { file, job } of jobs) byKey.set(job.dedupe_key, [...(byKey.get(job.dedupe_key) ?? []), `${file}:${job.title}`]);
    const groups = [...byKey.values()].filter((g) => g.length > 1).map((g) => g.sort());
    expect(groups).toHaveLength(3);
    expect(groups.map((g) => g.length)).toEqual([2, 2, 2]);
    const pairs = groups.map((g) => g.map((id) => jobs.find(({ file, job }) => `${file}:${job.title}` === id)!.job.text_fingerprint));
    for (const [x, y] of pairs) expect(hammingDistance(x, y)).toBeLessThanOrEqual(12);
  });
});
