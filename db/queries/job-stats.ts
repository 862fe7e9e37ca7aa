import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { jobListings } from "@/db/schema";

export async function countJobListings(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(jobListings);
  return row?.n ?? 0;
}
