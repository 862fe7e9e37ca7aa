"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorMessageOf, updateProfile } from "@/lib/profiles/profile-client";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import type { UpdateProfileBody } from "@/lib/validation/profiles";

export type SaveStatus = { state: "idle" } | { state: "saving" } | { state: "saved" } | { state: "error"; message: string };

/** PUT one group of the profile, track saving/saved/error, then refresh the server-rendered page. */
export function useProfileSave(userId: string) {
  const router = useRouter();
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const [, startTransition] = useTransition();

  async function save(body: UpdateProfileBody): Promise<ProfileResponse | null> {
    setStatus({ state: "saving" });
    try {
      const profile = await updateProfile(userId, body);
      setStatus({ state: "saved" });
      startTransition(() => router.refresh());
      return profile;
    } catch (err) {
      setStatus({ state: "error", message: errorMessageOf(err) });
      return null;
    }
  }

  return {
    status,
    save,
    /** A problem found before sending (shown like a server error). */
    fail: (message: string) => setStatus({ state: "error", message }),
    markSaved: () => setStatus({ state: "saved" }),
  };
}
