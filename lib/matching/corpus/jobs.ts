import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_ANCHOR, DEMO_FEEDS_DIR } from "@/lib/jobs/demo-feed-reader";
import { DEMO_SOURCES } from "@/lib/jobs/demo-sources";
import { normalizeJob } from "@/lib/jobs/normalize/normalize-job";
import type { NormalizedJob } from "@/lib/jobs/types";
import { parseSourceBody, type SourceKind } from "@/lib/jobs/sources";
import type { MatchJob } from "../types";
import { extraPostings } from "./extra-jobs";

/** A corpus job: the stored-row shape plus a stable key the judgments refer to. */
export type CorpusJob = MatchJob & { key: string; description: string };

export function jobKey(title: string, company: string | null): string {
  const slug = (s: string) => s.toLowerCase().replace(/&/g, "and").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${slug(title)}@${slug(company ?? "unknown")}`;
}

function toRow(job: NormalizedJob, id: number): CorpusJob {
  return {
    ...job,
    id,
    key: jobKey(job.title, job.company),
    status: job.closed ? "closed" : "open",
    company_size: null,
    industry: null,
  };
}

/** The demo feeds' postings and the corpus extras, normalised, in feed order (duplicates kept). */
export async function loadCorpusPostings(now: Date = DEMO_ANCHOR): Promise<NormalizedJob[]> {
  const normalized: NormalizedJob[] = [];
  for (const source of DEMO_SOURCES) {
    const body = await readFile(path.join(DEMO_FEEDS_DIR, source.url.slice("demo://".length)), "utf8");
    for (const posting of await parseSourceBody(source.kind as SourceKind, body, { now })) normalized.push(normalizeJob(posting, { sourceKind: source.kind, now }));
  }
  for (const posting of extraPostings(now)) normalized.push(normalizeJob(posting, { sourceKind: "greenhouse", now }));
  return normalized;
}

/** The demo feeds' jobs (one per title and company, as dedupe would keep) and the corpus extras, normalised. */
export async function loadCorpusJobs(now: Date = DEMO_ANCHOR): Promise<CorpusJob[]> {
  const normalized = await loadCorpusPostings(now);
  const byKey = new Map<string, CorpusJob>();
  for (const job of normalized) {
    const row = toRow(job, byKey.size + 1);
    if (!byKey.has(row.key)) byKey.set(row.key, row);
  }
  return [...byKey.values()];
}
