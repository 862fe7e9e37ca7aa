import type { SkillField } from "@/lib/profile/schema";

/** Words the profile UI shows for stored values and column names. */

export const SKILL_LABELS: Record<SkillField, { label: string; placeholder: string }> = {
  programming_languages: { label: "Programming languages", placeholder: "e.g. Python" },
  frameworks_libraries: { label: "Frameworks & libraries", placeholder: "e.g. React" },
  tools_platforms: { label: "Tools & platforms", placeholder: "e.g. Git, AWS" },
  domain_skills: { label: "Domain skills", placeholder: "e.g. Financial modeling" },
  soft_skills: { label: "Soft skills", placeholder: "e.g. Teamwork" },
};

export const CAREER_LEVEL_LABELS: Record<string, string> = {
  student: "Student",
  entry: "Entry level",
  junior: "Junior",
  mid: "Mid level",
  senior: "Senior",
};

export const JOB_TYPE_LABELS: Record<string, string> = {
  "full-time": "Full-time",
  "part-time": "Part-time",
  contract: "Contract",
  internship: "Internship",
};

export const COMPANY_SIZE_LABELS: Record<string, string> = {
  startup: "Startup",
  small: "Small",
  medium: "Medium",
  large: "Large",
  enterprise: "Enterprise",
};

export const REMOTE_LABELS: Record<string, string> = {
  remote: "Remote",
  hybrid: "Hybrid",
  onsite: "On-site",
  any: "No preference",
};

const COLUMN_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(SKILL_LABELS).map(([k, v]) => [k, v.label])),
  full_name: "name",
  years_of_experience: "years of experience",
  salary_range_min: "minimum salary",
  salary_range_max: "maximum salary",
  company_size_preference: "company size",
  experience_entries: "experience",
  education_entries: "education",
};

/** "desired_roles" → "desired roles" (for "we kept the fields you edited"). */
export function columnLabel(column: string): string {
  return (COLUMN_LABELS[column] ?? column.replace(/_/g, " ")).toLowerCase();
}
