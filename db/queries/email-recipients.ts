import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { authUsers, userProfiles } from "@/db/schema";

/** The account's sign-up email, for students whose profile has none. */
export async function getAccountEmail(userId: string): Promise<string | undefined> {
  const db = await getDb();
  const [row] = await db.select({ email: authUsers.email }).from(authUsers).where(eq(authUsers.id, userId)).limit(1);
  return row?.email;
}

/** Stop digests for a student at once (one-click unsubscribe). Bounced/complained stay as they are. */
export async function unsubscribeFromDigests(userId: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ status: userProfiles.email_status }).from(userProfiles).where(eq(userProfiles.user_id, userId)).for("update");
    if (!row) return false;
    await tx
      .update(userProfiles)
      .set({ digest_enabled: false, email_status: row.status === "active" ? "unsubscribed" : row.status, updated_at: new Date() })
      .where(eq(userProfiles.user_id, userId));
    return true;
  });
}

/** After a bounce or complaint: never email this student again until they fix it. */
export async function setEmailStatus(userId: string, status: "bounced" | "complained"): Promise<void> {
  const db = await getDb();
  await db.update(userProfiles).set({ email_status: status, updated_at: new Date() }).where(eq(userProfiles.user_id, userId));
}
