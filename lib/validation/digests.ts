import { z } from "zod";
import { isValidTimeZone } from "@/lib/digest/local-time";

/** PUT /api/v1/profiles/settings/{user_id}: any subset of the digest settings, nothing else. */
export const digestSettingsBodySchema = z
  .strictObject({
    digest_enabled: z.boolean(),
    digest_hour: z.number().int().min(0, "must be 0–23").max(23, "must be 0–23"),
    timezone: z.string().max(64).refine(isValidTimeZone, "must be an IANA time zone such as Europe/Paris"),
    min_score_threshold: z.number().min(0, "must be 0–100").max(100, "must be 0–100"),
    digest_frequency: z.enum(["daily", "weekly"], { error: "must be daily or weekly" }),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, "send at least one setting");
export type DigestSettingsBody = z.infer<typeof digestSettingsBodySchema>;

const pageInt = (fallback: number, max: number) => z.coerce.number().int().min(0).max(max).default(fallback);

export const outboxQuerySchema = z.strictObject({ limit: pageInt(50, 200).refine((n) => n >= 1, "must be at least 1"), offset: pageInt(0, 1_000_000) });
export const digestHistoryQuerySchema = z.strictObject({ limit: pageInt(60, 200).refine((n) => n >= 1, "must be at least 1"), offset: pageInt(0, 100_000) });

export const positiveIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** What the Settings form's save action answers (useActionState). */
export type SaveDigestSettingsState = { status: "idle" | "saved" | "error"; message?: string; fields?: Record<string, string> };
