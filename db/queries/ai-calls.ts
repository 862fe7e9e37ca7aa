import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { type AiCall, aiCalls } from "@/db/schema";

export type NewAiCall = typeof aiCalls.$inferInsert;

export async function insertAiCall(values: NewAiCall): Promise<AiCall> {
  const db = await getDb();
  const [row] = await db.insert(aiCalls).values(values).returning();
  return row;
}

export async function listAiCallsForUser(userId: string): Promise<AiCall[]> {
  const db = await getDb();
  return db.select().from(aiCalls).where(eq(aiCalls.user_id, userId)).orderBy(asc(aiCalls.id));
}
