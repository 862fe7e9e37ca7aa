import { and, asc, eq, gte, sum } from "drizzle-orm";
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

/** Total cost of model calls since `since`, for one user or (userId undefined) for everyone. */
export async function sumAiCostSince(since: Date, userId?: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ total: sum(aiCalls.cost_usd) })
    .from(aiCalls)
    .where(and(gte(aiCalls.created_at, since), userId === undefined ? undefined : eq(aiCalls.user_id, userId)));
  return Number(row?.total ?? 0);
}
