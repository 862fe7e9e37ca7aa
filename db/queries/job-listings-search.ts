import { and, count, desc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { type JobListing, jobListings } from "@/db/schema";

export interface ListJobsQuery {
  limit: number;
  offset: number;
  q?: string;
  remote?: boolean;
  job_type?: string;
  seniority?: string;
  since?: Date;
  /** Open jobs unless asked otherwise. */
  status?: "open" | "closed" | "all";
}

/** Posted date when the feed gave one, else when we first saw the job. */
export const jobDate = sql<Date>`coalesce(${jobListings.posted_at}, ${jobListings.first_seen_at})`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereFor(query: ListJobsQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  const status = query.status ?? "open";
  if (status !== "all") conditions.push(eq(jobListings.status, status));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(or(ilike(jobListings.title, pattern), ilike(jobListings.company, pattern), ilike(jobListings.description, pattern)));
  }
  if (query.remote === true) conditions.push(eq(jobListings.remote_type, "remote"));
  if (query.remote === false) conditions.push(or(ne(jobListings.remote_type, "remote"), sql`${jobListings.remote_type} is null`));
  if (query.job_type) conditions.push(eq(jobListings.employment_type, query.job_type));
  if (query.seniority) conditions.push(eq(jobListings.seniority, query.seniority));
  if (query.since) conditions.push(sql`${jobDate} >= ${query.since.toISOString()}::timestamptz`);
  return and(...conditions);
}

/** Normalised jobs, newest first, with the total matching count. */
export async function listJobs(query: ListJobsQuery): Promise<{ rows: JobListing[]; total: number }> {
  const db = await getDb();
  const where = whereFor(query);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(jobListings).where(where).orderBy(desc(jobDate), desc(jobListings.id)).limit(query.limit).offset(query.offset),
    db.select({ total: count() }).from(jobListings).where(where),
  ]);
  return { rows, total };
}

export async function getJobListingById(id: number): Promise<JobListing | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(jobListings).where(eq(jobListings.id, id)).limit(1);
  return row;
}
