import { type AnyColumn, asc, eq, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { authUsers, type UserProfile, userProfiles } from "@/db/schema";

const nonEmpty = (column: AnyColumn) => sql`jsonb_array_length(${column}) > 0`;

/**
 * "Active" for scoring: the profile states at least one skill, past title or
 * desired role (with none of them a match would be noise), and its account is
 * not banned. A profile with no auth account (made by an admin through the API
 * or imported) still counts: its matches are served through the API.
 */
const isActive = () =>
  sql`(${or(
    nonEmpty(userProfiles.programming_languages),
    nonEmpty(userProfiles.frameworks_libraries),
    nonEmpty(userProfiles.tools_platforms),
    nonEmpty(userProfiles.domain_skills),
    nonEmpty(userProfiles.job_titles),
    nonEmpty(userProfiles.desired_roles),
  )}) and ${authUsers.banned} is not true`;

/** Every active profile, in one query (the all-users run). */
export async function listActiveProfiles(): Promise<UserProfile[]> {
  const db = await getDb();
  const rows = await db
    .select({ profile: userProfiles })
    .from(userProfiles)
    .leftJoin(authUsers, eq(authUsers.id, userProfiles.user_id))
    .where(isActive())
    .orderBy(asc(userProfiles.id));
  return rows.map((r) => r.profile);
}

/** The user ids the hourly fan-out scores, one event each. */
export async function listActiveUserIds(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ user_id: userProfiles.user_id })
    .from(userProfiles)
    .leftJoin(authUsers, eq(authUsers.id, userProfiles.user_id))
    .where(isActive())
    .orderBy(asc(userProfiles.id));
  return rows.map((r) => r.user_id);
}
