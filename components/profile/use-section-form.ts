"use client";
import { useState } from "react";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import type { UpdateProfileBody } from "@/lib/validation/profiles";
import { changedFields } from "./changed-fields";
import { useProfileSave } from "./use-profile-save";

/**
 * One profile section's editing state: the saved baseline, the form, what
 * changed, save status, and a submit that makes the server's answer the new
 * baseline. Every section (personal, skills, experience, education,
 * preferences) runs on it, so they save and reset the same way.
 */
export function useSectionForm<T extends Record<string, unknown>>(userId: string, profile: ProfileResponse, pick: (p: ProfileResponse) => T) {
  const [baseline, setBaseline] = useState(() => pick(profile));
  const [form, setForm] = useState(baseline);
  const { status, save, fail, markSaved } = useProfileSave(userId);
  const changes = changedFields(baseline, form);
  const dirty = Object.keys(changes).length > 0;

  async function submit(body: UpdateProfileBody): Promise<void> {
    const saved = await save(body);
    if (!saved) return;
    const next = pick(saved);
    setBaseline(next);
    setForm(next);
  }

  return {
    form,
    setForm,
    set: <K extends keyof T>(key: K, value: T[K]) => setForm((f) => ({ ...f, [key]: value })),
    changes,
    dirty,
    /** Whether the student edited this column by hand (re-uploads keep it). */
    edited: (column: string) => profile.edited_fields.includes(column),
    submit,
    fail,
    markSaved,
    /** status and dirty for <ProfileSection>. */
    sectionProps: { status, dirty },
  };
}
