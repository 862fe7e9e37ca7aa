import { asc, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { authUsers, dailyDigests, userProfiles } from "@/db/schema";
import type { UserSort } from "@/lib/validation/profiles";


const userId = sql`coalesce(${userProfiles.user_id}, ${authUsers.id})`;
// Per-user activity, as correlated subqueries over the indexed user_id columns.
const matchesStored = sql<number>`(select count(*) from job_scores s where s.user_id = ${userProfiles.user_id})`.mapWith(Number);
const sentDigests = sql`from daily_digests d where d.user_id = ${userProfiles.user_id} and d.email_sent`;
const lastDigestSent = sql<Date | null>`(select max(d.email_sent_at) ${sentDigests})`.mapWith(dailyDigests.email_sent_at);
const digestsSent = sql<number>`(select count(*) ${sentDigests})`.mapWith(Number);
const digestsOpened = sql<number>`(select count(*) ${sentDigests} and d.email_opened)`.mapWith(Number);
const digestsClicked = sql<number>`(select count(*) ${sentDigests} and d.email_clicked)`.mapWith(Number);
const createdAt = sql`coalesce(${userProfiles.created_at}, ${authUsers.createdAt})`;

const ORDER: Record<UserSort, SQL[]> = {
  created: [desc(createdAt)],
  name: [asc(sql`lower(coalesce(${userProfiles.full_name}, ${authUsers.name}, ''))`)],
  last_upload: [sql`${userProfiles.last_resume_upload} desc nulls last`],
  matches: [desc(matchesStored)],
};

/**
 * Accounts and profiles side by side: a student who signed up but has no
 * profile yet, a student with both, and an admin-made profile with no login
 * each appear once (a full join on auth_users.id = user_profiles.user_id),
 * with their matches stored and digest engagement.
 */
export async function listUsersWithProfiles({ skip, limit, q, sort = "created" }: { skip: number; limit: number; q?: string; sort?: UserSort }) {
  const db = await getDb();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  // Profile email is ciphertext, so search matches the account email, names and ids.
  const where = pattern
    ? or(ilike(userProfiles.full_name, pattern), ilike(userProfiles.user_id, pattern), ilike(authUsers.email, pattern), ilike(authUsers.name, pattern), ilike(authUsers.id, pattern))
    : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        account: authUsers,
        profile: userProfiles,
        activity: { matchesStored, lastDigestSent, digestsSent, digestsOpened, digestsClicked },
      })
      .from(authUsers)
      .fullJoin(userProfiles, eq(authUsers.id, userProfiles.user_id))
      .where(where)
      .orderBy(...ORDER[sort], desc(createdAt), desc(userId))
      .offset(skip)
      .limit(limit),
    db.select({ total: count() }).from(authUsers).fullJoin(userProfiles, eq(authUsers.id, userProfiles.user_id)).where(where),
  ]);
  return { rows, total };
}

export async function getAccountById(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(authUsers).where(eq(authUsers.id, id)).limit(1);
  return row;
}

/** Login emails of accounts with the admin role. */
export async function listAdminEmails(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ email: authUsers.email }).from(authUsers).where(eq(authUsers.role, "admin"));
  return rows.map((r) => r.email);
}
