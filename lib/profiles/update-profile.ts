import { isDeepStrictEqual } from "node:util";
import { saveProfileWith } from "@/db/queries/profiles";
import type { NewUserProfile, UserProfile } from "@/db/schema";
import { decryptField, encryptField } from "@/lib/crypto";
import { onProfileChanged } from "@/lib/pipeline/profile-changed";
import { ApiError } from "@/lib/errors";
import { parsedProfileSchema } from "@/lib/profile/schema";
import { type UpdateProfileBody, updateProfileBodySchema } from "@/lib/validation/profiles";
import { type ProfileResponse, toProfileResponse } from "./serialize";

type Columns = Partial<Omit<NewUserProfile, "id" | "user_id" | "created_at" | "updated_at">>;

/**
 * PUT /profile: apply a partial edit. A profile that does not exist yet is
 * created (a student may set preferences before uploading a resume). Every
 * column whose value changes joins `edited_fields`, so a later resume parse
 * leaves it as the student wrote it. Unchanged values are not marked.
 */
export async function updateProfileFromBody(userId: string, body: unknown): Promise<{ profile: ProfileResponse; created: boolean }> {
  const changes = toColumns(updateProfileBodySchema.parse(body));
  let changedAny = false;
  const { profile, created } = await saveProfileWith(userId, (current) => {
    const min = "salary_range_min" in changes ? changes.salary_range_min : current.salary_range_min;
    const max = "salary_range_max" in changes ? changes.salary_range_max : current.salary_range_max;
    if (min != null && max != null && min > max) {
      throw new ApiError("validation_error", `preferences.salary_range: min (${min}) must not be greater than max (${max})`);
    }
    const changed = (Object.keys(changes) as (keyof Columns)[]).filter((column) => !isSame(current, column, changes[column]));
    changedAny = changed.length > 0;
    const values: Columns = {};
    for (const column of changed) {
      const value = changes[column];
      (values as Record<string, unknown>)[column] = column === "email" || column === "phone" ? encryptField(value as string | null) : value;
    }
    // Only parsed columns need protecting from the next parse; settings are never parsed.
    const edited = changed.filter((column) => column in parsedProfileSchema.shape);
    return { ...values, edited_fields: [...new Set([...current.edited_fields, ...edited])] };
  });
  if (changedAny || created) await onProfileChanged(userId);
  return { profile: toProfileResponse(profile), created };
}

function isSame(current: UserProfile, column: keyof Columns, next: unknown): boolean {
  const stored = column === "email" || column === "phone" ? decryptField(current[column]) : current[column];
  return isDeepStrictEqual(stored ?? null, next ?? null);
}

/** The nested body → user_profiles columns (only the fields the body names). */
function toColumns(body: UpdateProfileBody): Columns {
  const { salary_range, ...preferences } = body.preferences ?? {};
  const columns: Columns = {
    ...body.personal_info,
    ...preferences,
    ...body.skills,
    ...body.experience,
    ...body.education,
  };
  if (salary_range && "min" in salary_range) columns.salary_range_min = salary_range.min ?? null;
  if (salary_range && "max" in salary_range) columns.salary_range_max = salary_range.max ?? null;
  return stripUndefined(columns);
}

function stripUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
