import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { jobListings } from "@/db/schema";

export async function countJobListings(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(jobListings);
  return row?.n ?? 0;
}

/** Whether any job was ever fetched (one index probe, unlike a count). */
export async function hasJobListings(): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ one: sql<number>`1` }).from(jobListings).limit(1);
  return row !== undefined;
}
