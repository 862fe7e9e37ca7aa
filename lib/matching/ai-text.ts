import { createHash } from "node:crypto";
import type { JobListing, UserProfile } from "@/db/schema";
import { SCORE_PROMPT_VERSION } from "@/lib/ai/prompts";

/** The profile fields the scoring prompt uses (never name, email or phone). */
export type AiProfile = Pick<
  UserProfile,
  | "career_level" | "years_of_experience" | "location" | "work_authorization" | "needs_sponsorship" | "programming_languages"
  | "frameworks_libraries" | "tools_platforms" | "domain_skills" | "soft_skills" | "job_titles" | "degrees" | "graduation_years"
  | "relevant_coursework" | "desired_roles" | "preferred_locations" | "remote_preference" | "job_types" | "salary_range_min"
  | "salary_range_max" | "preferred_industries" | "company_size_preference"
>;

export type AiJob = Pick<
  JobListing,
  | "id" | "title" | "company" | "location" | "remote_type" | "remote_regions" | "remote_worldwide" | "employment_type" | "seniority"
  | "min_years_experience" | "salary_annual_min" | "salary_annual_max" | "salary_currency" | "required_skills" | "preferred_skills"
  | "sponsorship" | "description"
>;

export const DESCRIPTION_CHARS = 1500;

const list = (label: string, values: readonly unknown[] | null | undefined) =>
  values && values.length ? `${label}: ${values.join(", ")}` : null;
const line = (label: string, value: unknown) => (value === null || value === undefined || value === "" ? null : `${label}: ${value}`);

/** The student as the model sees them; its hash keys the AI score cache. */
export function profilePromptText(p: AiProfile): string {
  const salary = p.salary_range_min || p.salary_range_max ? `${p.salary_range_min ?? "?"}–${p.salary_range_max ?? "?"} a year` : null;
  return [
    line("Career level", p.career_level),
    line("Years of paid experience", p.years_of_experience ?? 0),
    list("Programming languages", p.programming_languages),
    list("Frameworks and libraries", p.frameworks_libraries),
    list("Tools and platforms", p.tools_platforms),
    list("Domain skills", p.domain_skills),
    list("Soft skills", p.soft_skills),
    list("Past job titles", p.job_titles),
    list("Degrees", p.degrees),
    list("Graduation years", p.graduation_years),
    list("Relevant coursework", p.relevant_coursework),
    list("Desired roles", p.desired_roles),
    line("Lives in", p.location),
    list("Preferred locations", p.preferred_locations),
    line("Remote preference", p.remote_preference),
    line("Work authorization", p.work_authorization),
    p.needs_sponsorship === null ? null : `Needs visa sponsorship: ${p.needs_sponsorship ? "yes" : "no"}`,
    list("Job types wanted", p.job_types),
    line("Salary wanted", salary),
    list("Preferred industries", p.preferred_industries),
    list("Preferred company sizes", p.company_size_preference),
  ]
    .filter(Boolean)
    .join("\n");
}

function trimDescription(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= DESCRIPTION_CHARS) return flat;
  const cut = flat.slice(0, DESCRIPTION_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${space > DESCRIPTION_CHARS * 0.8 ? cut.slice(0, space) : cut}…`;
}

/** One job as the model sees it: the normalised facts, then the trimmed description. */
export function jobPromptText(j: AiJob): string {
  const remote = j.remote_type === "remote" ? `remote${j.remote_worldwide ? " (worldwide)" : j.remote_regions?.length ? ` (${j.remote_regions.join(", ")})` : ""}` : j.remote_type;
  const salary = j.salary_annual_min || j.salary_annual_max ? `${j.salary_annual_min ?? "?"}–${j.salary_annual_max ?? "?"} ${j.salary_currency ?? ""} a year`.trim() : null;
  return [
    line("Title", j.title),
    line("Company", j.company),
    line("Location", j.location),
    line("Work arrangement", remote),
    line("Employment type", j.employment_type),
    line("Seniority", j.seniority),
    line("Minimum years asked", j.min_years_experience),
    line("Salary", salary),
    list("Required skills", j.required_skills),
    list("Preferred skills", j.preferred_skills),
    line("Visa sponsorship", j.sponsorship),
    line("Description", trimDescription(j.description ?? "")),
  ]
    .filter(Boolean)
    .join("\n");
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The rubric version is part of the profile hash, so a new prompt never reuses old judgements. */
export const profileHashOf = (profileText: string) => sha256(`${SCORE_PROMPT_VERSION}\n${profileText}`);
