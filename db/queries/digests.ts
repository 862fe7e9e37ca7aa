import { and, count, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { type DailyDigest, dailyDigests, jobScores, userProfiles } from "@/db/schema";

export type NewDailyDigest = typeof dailyDigests.$inferInsert;

export async function getDigestForDate(userId: string, date: string): Promise<DailyDigest | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(dailyDigests)
    .where(and(eq(dailyDigests.user_id, userId), eq(dailyDigests.digest_date, date)))
    .limit(1);
  return row;
}

export async function getDigestById(id: number): Promise<DailyDigest | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(dailyDigests).where(eq(dailyDigests.id, id)).limit(1);
  return row;
}

/**
 * One digest per (user, date): insert, or refresh a digest that was not sent.
 * A sent digest is left exactly as it went out; then the stored row is returned.
 */
export async function upsertUnsentDigest(values: NewDailyDigest): Promise<{ digest: DailyDigest; written: boolean }> {
  const db = await getDb();
  const { user_id: _u, digest_date: _d, id: _id, created_at: _c, ...rest } = values;
  const written = await db
    .insert(dailyDigests)
    .values(values)
    .onConflictDoUpdate({
      target: [dailyDigests.user_id, dailyDigests.digest_date],
      set: rest,
      setWhere: sql`${dailyDigests.email_sent} is not true and ${dailyDigests.status} <> 'sent'`,
    })
    .returning();
  if (written[0]) return { digest: written[0], written: true };
  const digest = await getDigestForDate(values.user_id, values.digest_date);
  if (!digest) throw new Error("digest vanished after upsert");
  return { digest, written: false };
}

export async function updateDigest(id: number, values: Partial<NewDailyDigest>): Promise<DailyDigest | undefined> {
  const db = await getDb();
  const [row] = await db.update(dailyDigests).set(values).where(eq(dailyDigests.id, id)).returning();
  return row;
}

/** After a send: the digest is sent and its jobs will not be offered again, in one transaction. */
export async function markDigestSent(id: number, userId: string, jobIds: number[], sentAt: Date): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(dailyDigests).set({ email_sent: true, email_sent_at: sentAt, status: "sent" }).where(eq(dailyDigests.id, id));
    if (jobIds.length) {
      await tx
        .update(jobScores)
        .set({ digest_sent_at: sentAt })
        .where(and(eq(jobScores.user_id, userId), inArray(jobScores.job_id, jobIds), isNull(jobScores.digest_sent_at)));
    }
  });
}

/** The newest digest that went out, for "since the last digest" windows. */
export async function getLastSentDigest(userId: string, before: string): Promise<DailyDigest | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(dailyDigests)
    .where(and(eq(dailyDigests.user_id, userId), eq(dailyDigests.email_sent, true), sql`${dailyDigests.digest_date} < ${before}`))
    .orderBy(desc(dailyDigests.digest_date))
    .limit(1);
  return row;
}

export async function countSentDigestsSince(userId: string, since: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(dailyDigests)
    .where(and(eq(dailyDigests.user_id, userId), eq(dailyDigests.email_sent, true), gte(dailyDigests.digest_date, since)));
  return row?.n ?? 0;
}

/**
 * History for the Digests page and API, newest first, without the stored bodies.
 * Skipped days (nothing new) are left out unless asked for (the admin user page shows them).
 */
export async function listDigestsForUser(userId: string, { limit = 60, offset = 0, includeSkipped = false } = {}) {
  const db = await getDb();
  return db
    .select({
      id: dailyDigests.id,
      digest_date: dailyDigests.digest_date,
      digest_title: dailyDigests.digest_title,
      digest_summary: dailyDigests.digest_summary,
      total_new_jobs: dailyDigests.total_new_jobs,
      total_matches: dailyDigests.total_matches,
      jobs_count: sql<number>`jsonb_array_length(${dailyDigests.top_jobs})`.mapWith(Number),
      status: dailyDigests.status,
      email_sent: dailyDigests.email_sent,
      email_sent_at: dailyDigests.email_sent_at,
      email_opened: dailyDigests.email_opened,
      email_clicked: dailyDigests.email_clicked,
      user_viewed: dailyDigests.user_viewed,
      created_at: dailyDigests.created_at,
    })
    .from(dailyDigests)
    .where(and(eq(dailyDigests.user_id, userId), includeSkipped ? undefined : inArray(dailyDigests.status, ["sent", "built", "failed"])))
    .orderBy(desc(dailyDigests.digest_date))
    .limit(limit)
    .offset(offset);
}

/** Marks a not-yet-viewed digest viewed and returns the updated row; undefined when it was viewed already (or is missing). */
export async function markDigestViewedOnce(id: number, at: Date = new Date()): Promise<DailyDigest | undefined> {
  const db = await getDb();
  const [row] = await db
    .update(dailyDigests)
    .set({ user_viewed: true, user_viewed_at: sql`coalesce(${dailyDigests.user_viewed_at}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(dailyDigests.id, id), sql`${dailyDigests.user_viewed} is not true`))
    .returning();
  return row;
}

export async function markDigestOpened(id: number, userId: string, at: Date = new Date()): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(dailyDigests)
    .set({ email_opened: true, email_opened_at: sql`coalesce(${dailyDigests.email_opened_at}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(dailyDigests.id, id), eq(dailyDigests.user_id, userId)))
    .returning({ id: dailyDigests.id });
  return rows.length > 0;
}

/** A tracked click: the digest was clicked, the job is added once, the score remembers when. */
export async function recordDigestClick(digestId: number, userId: string, jobId: number, at: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(dailyDigests)
      .set({
        email_clicked: true,
        // A click implies the email was opened, even when images were blocked.
        email_opened: true,
        email_opened_at: sql`coalesce(${dailyDigests.email_opened_at}, ${at.toISOString()}::timestamptz)`,
        jobs_clicked: sql`case when ${dailyDigests.jobs_clicked} @> ${JSON.stringify([jobId])}::jsonb then ${dailyDigests.jobs_clicked}
          else ${dailyDigests.jobs_clicked} || ${JSON.stringify([jobId])}::jsonb end`,
      })
      .where(and(eq(dailyDigests.id, digestId), eq(dailyDigests.user_id, userId)));
    await tx
      .update(jobScores)
      .set({ clicked_at: sql`coalesce(${jobScores.clicked_at}, ${at.toISOString()}::timestamptz)` })
      .where(and(eq(jobScores.user_id, userId), eq(jobScores.job_id, jobId)));
  });
}

/** Students who want digests and can receive them, with their schedule. */
export async function listDigestCandidates() {
  const db = await getDb();
  return db
    .select({
      user_id: userProfiles.user_id,
      timezone: userProfiles.timezone,
      digest_hour: userProfiles.digest_hour,
      digest_frequency: userProfiles.digest_frequency,
    })
    .from(userProfiles)
    .where(and(eq(userProfiles.digest_enabled, true), eq(userProfiles.email_status, "active")));
}

/** "user_id|date" for digests already emailed on any of these dates. */
export async function listSentDigestKeys(userIds: string[], dates: string[]): Promise<Set<string>> {
  if (!userIds.length || !dates.length) return new Set();
  const db = await getDb();
  const rows = await db
    .select({ user_id: dailyDigests.user_id, digest_date: dailyDigests.digest_date })
    .from(dailyDigests)
    .where(and(inArray(dailyDigests.user_id, userIds), inArray(dailyDigests.digest_date, dates), eq(dailyDigests.email_sent, true)));
  return new Set(rows.map((r) => `${r.user_id}|${r.digest_date}`));
}
