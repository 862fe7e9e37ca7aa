import { listUsersWithProfiles } from "@/db/queries/users";
import { decryptField } from "@/lib/crypto";
import { SKILL_FIELDS } from "@/lib/profile/schema";
import type { ListUsersQuery } from "@/lib/validation/profiles";

export interface UserSummary {
  user_id: string;
  full_name: string | null;
  /** The profile's email (decrypted), else the account's login email. */
  email: string | null;
  career_level: string | null;
  years_of_experience: number | null;
  skills_count: number;
  last_resume_upload: string | null;
  created_at: string;
  has_account: boolean;
  has_profile: boolean;
  role: string | null;
  matches_stored: number;
  last_digest_sent: string | null;
  digests_sent: number;
  digests_opened: number;
  digests_clicked: number;
  /** Digest email status: active | unsubscribed | bounced | complained; null without a profile. */
  email_status: string | null;
}

/** The admin user list: accounts without a profile and profiles without an account included. */
export async function listUsers({ skip, limit, q, sort = "created" }: Omit<ListUsersQuery, "sort"> & { sort?: ListUsersQuery["sort"] }) {
  const { rows, total } = await listUsersWithProfiles({ skip, limit, q: q || undefined, sort });
  const users: UserSummary[] = rows.map(({ account, profile, activity }) => ({
    user_id: profile?.user_id ?? account!.id,
    full_name: profile?.full_name ?? account?.name ?? null,
    email: decryptField(profile?.email) ?? account?.email ?? null,
    career_level: profile?.career_level ?? null,
    years_of_experience: profile?.years_of_experience ?? null,
    skills_count: profile ? SKILL_FIELDS.reduce((n, field) => n + profile[field].length, 0) : 0,
    last_resume_upload: profile?.last_resume_upload?.toISOString() ?? null,
    created_at: (profile?.created_at ?? account!.createdAt).toISOString(),
    has_account: account !== null,
    has_profile: profile !== null,
    role: account?.role ?? null,
    matches_stored: activity.matchesStored,
    last_digest_sent: activity.lastDigestSent?.toISOString() ?? null,
    digests_sent: activity.digestsSent,
    digests_opened: activity.digestsOpened,
    digests_clicked: activity.digestsClicked,
    email_status: profile?.email_status ?? null,
  }));
  return { users, total, skip, limit, sort };
}
