import { getProfileByUserId, saveProfileWith } from "@/db/queries/profiles";
import type { UserProfile } from "@/db/schema";
import type { DigestSettingsBody } from "@/lib/validation/digests";

export type DigestSettings = Pick<UserProfile, "digest_enabled" | "digest_hour" | "timezone" | "min_score_threshold" | "digest_frequency" | "email_status">;

function pickSettings(p: UserProfile): DigestSettings {
  const { digest_enabled, digest_hour, timezone, min_score_threshold, digest_frequency, email_status } = p;
  return { digest_enabled, digest_hour, timezone, min_score_threshold, digest_frequency, email_status };
}

const DEFAULTS: DigestSettings = { digest_enabled: true, digest_hour: 7, timezone: "UTC", min_score_threshold: 60, digest_frequency: "daily", email_status: "active" };

export async function getDigestSettings(userId: string): Promise<DigestSettings> {
  const profile = await getProfileByUserId(userId);
  return profile ? pickSettings(profile) : DEFAULTS;
}

/**
 * Save digest settings (creating the profile if needed). Turning digests back
 * on re-subscribes an unsubscribed address; a bounced or complaining one stays
 * stopped until the address changes.
 */
export async function updateDigestSettings(userId: string, body: DigestSettingsBody): Promise<DigestSettings> {
  const { profile } = await saveProfileWith(userId, (current) => ({
    ...body,
    ...(body.digest_enabled && current.email_status === "unsubscribed" ? { email_status: "active" } : {}),
  }));
  return pickSettings(profile);
}
