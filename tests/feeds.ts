import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { createJobSource } from "@/db/queries/job-sources";
import { jobListings, type JobSource } from "@/db/schema";
import type { RouteHandler } from "@/lib/jobs/test-feed-server";

export interface TestItem {
  title: string;
  company: string;
  location: string;
  link: string;
  description: string;
  status?: "closed" | "open";
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A small RSS 2.0 feed with job:* elements. */
export function rssFeed(items: TestItem[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${escape(i.title)}</title><link>${i.link}</link><guid>${i.link}</guid><job:company>${escape(i.company)}</job:company><job:location>${escape(i.location)}</job:location>${i.status ? `<job:status>${i.status}</job:status>` : ""}<description><![CDATA[<p>${i.description}</p>]]></description></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0" xmlns:job="https://jobmatch.dev/ns/job/1.0"><channel><title>T</title><link>https://t.example</link><description>t</description>${body}</channel></rss>`;
}

/** A route whose feed can be swapped between fetches. */
export function mutableFeed(initial: TestItem[]): { route: RouteHandler; set: (items: TestItem[]) => void } {
  let body = rssFeed(initial);
  return {
    route: (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(body);
    },
    set: (items) => {
      body = rssFeed(items);
    },
  };
}

let counter = 0;
/** A source with a unique name/URL (the query string keeps kind + url unique). */
export function addSource(kind: JobSource["kind"], url: string, extra: Partial<JobSource> = {}): Promise<JobSource> {
  counter++;
  const unique = `${url}${url.includes("?") ? "&" : "?"}n=${counter}`;
  return createJobSource({ name: `Test source ${counter}`, kind, url: unique, ...extra });
}

export async function listingsOf(sourceId?: number) {
  const db = await getDb();
  const rows = await db.select().from(jobListings).orderBy(jobListings.id);
  return sourceId === undefined ? rows : rows.filter((r) => r.source_id === sourceId);
}

export async function clearJobs() {
  const db = await getDb();
  await db.execute(sql`delete from job_listings`);
  await db.execute(sql`delete from job_sources`);
}

/** ~120 words of posting text; `variant` swaps one word. */
export function postingText(topic: string, variant = "collaborative"): string {
  return `We are hiring for ${topic}. You will join a ${variant} team that builds forecasting models, maintains data pipelines and presents findings to product leaders every week. Requirements include three years of Python and SQL, experience with experimentation platforms, statistics, causal inference and clear written communication. You will mentor analysts, review pull requests, design dashboards, partner with engineering on instrumentation and own the quarterly planning of model improvements. Benefits include health insurance, a learning budget, flexible hours and a home office stipend. We value curiosity, kindness and rigor, and we publish our salary bands openly for every level of the organisation.`;
}
