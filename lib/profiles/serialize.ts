import type { UserProfile } from "@/db/schema";
import { decryptField } from "@/lib/crypto";

export type ProfileResponse = Omit<UserProfile, "id" | "created_at" | "updated_at" | "last_resume_upload"> & {
  id: number;
  created_at: string;
  updated_at: string;
  last_resume_upload: string | null;
};

/** A profile row as the API returns it: original column names, personal fields decrypted. */
export function toProfileResponse(row: UserProfile): ProfileResponse {
  return {
    ...row,
    email: decryptField(row.email),
    phone: decryptField(row.phone),
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    last_resume_upload: row.last_resume_upload?.toISOString() ?? null,
  };
}
