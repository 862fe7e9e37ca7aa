import type { UserProfile } from "@/db/schema";
import { classifyField } from "@/lib/jobs/normalize/field";

/** The job family a student aims at: desired roles first, then past titles, then skills; null when unknown. */
export function studentFieldOf(profile: Pick<UserProfile, "desired_roles" | "job_titles" | "programming_languages" | "frameworks_libraries" | "tools_platforms" | "domain_skills">): string | null {
  for (const title of [...profile.desired_roles, ...profile.job_titles]) {
    const field = classifyField(title, []);
    if (field !== "other") return field;
  }
  const skills = [...profile.programming_languages, ...profile.frameworks_libraries, ...profile.tools_platforms, ...profile.domain_skills];
  const field = classifyField("", skills);
  return field === "other" ? null : field;
}
