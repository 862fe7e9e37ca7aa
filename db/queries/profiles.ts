import { count, desc, eq, ilike, or } from "drizzle-orm";
import { getDb } from "@/db";
import { aiScoreCache, dailyDigests, jobScores, type NewUserProfile, type UserProfile, userProfiles } from "@/db/schema";

export async function getProfileByUserId(userId: string): Promise<UserProfile | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(userProfiles).where(eq(userProfiles.user_id, userId)).limit(1);
  return row;
}

/** Insert or update by user_id; returns the stored row. */
export async function upsertProfile(values: NewUserProfile): Promise<UserProfile> {
  const db = await getDb();
  const { user_id, id: _id, created_at: _created, ...rest } = values;
  const [row] = await db
    .insert(userProfiles)
    .values(values)
    .onConflictDoUpdate({ target: userProfiles.user_id, set: { ...rest, updated_at: new Date() } })
    .returning();
  if (!row) throw new Error(`upsert of profile ${user_id} returned nothing`);
  return row;
}

export async function updateProfile(userId: string, values: Partial<NewUserProfile>): Promise<UserProfile | undefined> {
  const db = await getDb();
  const [row] = await db
    .update(userProfiles)
    .set({ ...values, updated_at: new Date() })
    .where(eq(userProfiles.user_id, userId))
    .returning();
  return row;
}

/** Removes the profile and everything derived from it (scores and digests cascade too). */
export async function deleteProfile(userId: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.delete(jobScores).where(eq(jobScores.user_id, userId));
    await tx.delete(dailyDigests).where(eq(dailyDigests.user_id, userId));
    await tx.delete(aiScoreCache).where(eq(aiScoreCache.user_id, userId));
    const deleted = await tx.delete(userProfiles).where(eq(userProfiles.user_id, userId)).returning({ id: userProfiles.id });
    return deleted.length > 0;
  });
}

export async function listProfiles({ skip, limit, q }: { skip: number; limit: number; q?: string }) {
  const db = await getDb();
  const where = q ? or(ilike(userProfiles.full_name, `%${q}%`), ilike(userProfiles.user_id, `%${q}%`)) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(userProfiles).where(where).orderBy(desc(userProfiles.created_at)).offset(skip).limit(limit),
    db.select({ total: count() }).from(userProfiles).where(where),
  ]);
  return { rows, total };
}

/**
 * Create-or-update one profile in a transaction: the row is created if
 * missing, then locked, and `build` decides the new values from what is
 * stored (so concurrent writers cannot lose each other's edited_fields).
 */
export async function saveProfileWith(
  userId: string,
  build: (current: UserProfile) => Partial<NewUserProfile>,
): Promise<{ profile: UserProfile; created: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(userProfiles)
      .values({ user_id: userId })
      .onConflictDoNothing({ target: userProfiles.user_id })
      .returning({ id: userProfiles.id });
    const [current] = await tx.select().from(userProfiles).where(eq(userProfiles.user_id, userId)).for("update");
    if (!current) throw new Error(`profile ${userId} vanished inside its transaction`);
    const [profile] = await tx
      .update(userProfiles)
      .set({ ...build(current), updated_at: new Date() })
      .where(eq(userProfiles.id, current.id))
      .returning();
    return { profile, created: inserted.length > 0 };
  });
}
