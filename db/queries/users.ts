import { count, desc, eq, ilike, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { authUsers, userProfiles } from "@/db/schema";

/**
 * Accounts and profiles side by side: a student who signed up but has no
 * profile yet, a student with both, and an admin-made profile with no login
 * each appear once (a full join on auth_users.id = user_profiles.user_id).
 */
export async function listUsersWithProfiles({ skip, limit, q }: { skip: number; limit: number; q?: string }) {
  const db = await getDb();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  // Profile email is ciphertext, so search matches the account email, names and ids.
  const where = pattern
    ? or(ilike(userProfiles.full_name, pattern), ilike(userProfiles.user_id, pattern), ilike(authUsers.email, pattern), ilike(authUsers.name, pattern), ilike(authUsers.id, pattern))
    : undefined;
  const createdAt = sql<Date>`coalesce(${userProfiles.created_at}, ${authUsers.createdAt})`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ account: authUsers, profile: userProfiles })
      .from(authUsers)
      .fullJoin(userProfiles, eq(authUsers.id, userProfiles.user_id))
      .where(where)
      .orderBy(desc(createdAt), desc(sql`coalesce(${userProfiles.user_id}, ${authUsers.id})`))
      .offset(skip)
      .limit(limit),
    db.select({ total: count() }).from(authUsers).fullJoin(userProfiles, eq(authUsers.id, userProfiles.user_id)).where(where),
  ]);
  return { rows, total };
}
