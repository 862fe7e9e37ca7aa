import { count, desc, eq, inArray, and } from "drizzle-orm";
import { getDb } from "@/db";
import { type EmailOutboxMessage, emailOutbox } from "@/db/schema";

export type NewOutboxMessage = typeof emailOutbox.$inferInsert;

/**
 * Insert the message, or return the one already stored under its idempotency
 * key (a retry never creates a second row, and never replaces the content).
 */
export async function insertOrGetOutboxMessage(values: NewOutboxMessage): Promise<EmailOutboxMessage> {
  const db = await getDb();
  await db.insert(emailOutbox).values(values).onConflictDoNothing({ target: emailOutbox.idempotency_key });
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotency_key, values.idempotency_key)).limit(1);
  if (!row) throw new Error("outbox row vanished after insert");
  return row;
}

export async function updateOutboxMessage(id: number, values: Partial<NewOutboxMessage>): Promise<EmailOutboxMessage | undefined> {
  const db = await getDb();
  const [row] = await db.update(emailOutbox).set(values).where(eq(emailOutbox.id, id)).returning();
  return row;
}

/** Mark sent only if nobody else did (two concurrent senders in outbox mode: one wins). */
export async function markOutboxSentOnce(id: number, values: Partial<NewOutboxMessage>): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(emailOutbox)
    .set({ ...values, status: "sent" })
    .where(and(eq(emailOutbox.id, id), inArray(emailOutbox.status, ["queued", "failed"])))
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

export async function getOutboxMessageByProviderId(providerMessageId: string): Promise<EmailOutboxMessage | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.provider_message_id, providerMessageId)).limit(1);
  return row;
}

export async function getOutboxMessage(id: number): Promise<EmailOutboxMessage | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  return row;
}

export async function getOutboxMessageByKey(idempotencyKey: string): Promise<EmailOutboxMessage | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotency_key, idempotencyKey)).limit(1);
  return row;
}

/** Newest first, without bodies (the list view). */
export async function listOutboxMessages({ limit, offset }: { limit: number; offset: number }) {
  const db = await getDb();
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        user_id: emailOutbox.user_id,
        kind: emailOutbox.kind,
        to_address: emailOutbox.to_address,
        subject: emailOutbox.subject,
        provider: emailOutbox.provider,
        provider_message_id: emailOutbox.provider_message_id,
        status: emailOutbox.status,
        attempts: emailOutbox.attempts,
        error: emailOutbox.error,
        created_at: emailOutbox.created_at,
        sent_at: emailOutbox.sent_at,
      })
      .from(emailOutbox)
      .orderBy(desc(emailOutbox.created_at), desc(emailOutbox.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(emailOutbox),
  ]);
  return { rows, total };
}
