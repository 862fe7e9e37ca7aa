import { getAccountDataRows } from "@/db/queries/account";
import { ApiError } from "@/lib/errors";
import { toProfileResponse } from "@/lib/profiles/serialize";

/**
 * Everything JobMatch holds about the caller, as one JSON document: no
 * password hash, session tokens or API key hashes; personal fields decrypted.
 */
export async function exportAccountData(userId: string) {
  const rows = await getAccountDataRows(userId);
  if (!rows) throw new ApiError("not_found", "No account for this user.");
  const { user, profile, logins, sessions, apiKeys, scores, digests, emails, calls } = rows;
  return {
    exported_at: new Date().toISOString(),
    format: "jobmatch-export/1",
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      email_verified: user.emailVerified,
      role: user.role,
      created_at: user.createdAt,
      updated_at: user.updatedAt,
      sign_in_methods: logins,
    },
    sessions,
    api_keys: apiKeys,
    profile: profile ? toProfileResponse(profile) : null,
    job_scores: scores.map(({ score, job }) => ({ ...score, job })),
    digests,
    emails: emails.map(({ headers: _headers, ...message }) => message),
    ai_calls: calls,
  };
}
