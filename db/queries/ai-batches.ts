import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { type AiBatch, aiBatches } from "@/db/schema";

/** Takes the slot (one submission per UTC hour); undefined when a run already took it. */
export async function claimBatchSlot(slot: string, deadlineAt: Date): Promise<AiBatch | undefined> {
  const db = await getDb();
  const [row] = await db.insert(aiBatches).values({ slot, deadline_at: deadlineAt }).onConflictDoNothing({ target: aiBatches.slot }).returning();
  return row;
}

export async function updateBatch(id: number, fields: Partial<Omit<AiBatch, "id" | "slot">>): Promise<void> {
  const db = await getDb();
  await db.update(aiBatches).set(fields).where(eq(aiBatches.id, id));
}

/** Moves a batch from one status to another only if it is still in `from`: the one caller that wins applies it. */
export async function transitionBatch(id: number, from: string[], to: string, fields: Partial<AiBatch> = {}): Promise<boolean> {
  const db = await getDb();
  const rows = await db.update(aiBatches).set({ ...fields, status: to }).where(and(eq(aiBatches.id, id), inArray(aiBatches.status, from))).returning({ id: aiBatches.id });
  return rows.length > 0;
}

export async function listSubmittedBatches(): Promise<AiBatch[]> {
  const db = await getDb();
  return db.select().from(aiBatches).where(eq(aiBatches.status, "submitted")).orderBy(aiBatches.id);
}

export async function getBatch(id: number): Promise<AiBatch | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(aiBatches).where(eq(aiBatches.id, id));
  return row;
}
