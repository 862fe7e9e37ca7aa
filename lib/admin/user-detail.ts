import { getAccountById } from "@/db/queries/users";
import { getProfileByUserId } from "@/db/queries/profiles";
import { listDigestsForUser } from "@/db/queries/digests";
import { countMatchesForUser, listRecentAiCallsForUser, listTopMatchesForUser, summarizeAiCallsForUser } from "@/db/queries/user-detail";
import { getSpendStatus } from "@/lib/ai/spend-guard";
import { decryptField } from "@/lib/crypto";
import { localTimeIn } from "@/lib/digest/local-time";

/** Everything the admin user page shows about one user, or null when there is neither account nor profile. */
export async function getUserDetail(userId: string, now: Date = new Date()) {
  const [account, profile] = await Promise.all([getAccountById(userId), getProfileByUserId(userId)]);
  if (!account && !profile) return null;
  const [matches, matchCount, digests, aiSummary, aiCalls, spend] = await Promise.all([
    listTopMatchesForUser(userId, 10),
    countMatchesForUser(userId),
    listDigestsForUser(userId, { limit: 14, includeSkipped: true }),
    summarizeAiCallsForUser(userId),
    listRecentAiCallsForUser(userId, 20),
    getSpendStatus(now, userId),
  ]);
  const timezone = profile?.timezone ?? "UTC";
  const today = localTimeIn(now, timezone).date;
  return {
    user_id: userId,
    account: account ? { name: account.name, email: account.email, role: account.role, banned: account.banned ?? false, created_at: account.createdAt } : null,
    profile: profile
      ? {
          full_name: profile.full_name,
          email: decryptField(profile.email),
          location: profile.location,
          career_level: profile.career_level,
          years_of_experience: profile.years_of_experience,
          desired_roles: profile.desired_roles,
          skills: [...profile.programming_languages, ...profile.frameworks_libraries, ...profile.tools_platforms],
          parse_method: profile.parse_method,
          last_resume_upload: profile.last_resume_upload,
          created_at: profile.created_at,
          timezone,
          digest_enabled: profile.digest_enabled,
          digest_hour: profile.digest_hour,
          digest_frequency: profile.digest_frequency,
          email_status: profile.email_status,
        }
      : null,
    matches: { total: matchCount, top: matches },
    digests,
    today: { date: today, sent: digests.some((d) => d.digest_date === today && d.email_sent) },
    ai: { ...aiSummary, recent: aiCalls, today: spend },
  };
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
