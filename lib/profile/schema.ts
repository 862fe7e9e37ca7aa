import { z } from "zod";

/**
 * The structured profile a resume parses into. Field names are the original
 * design's `user_profiles` columns (snake_case), so the same object flows from
 * either parser (OpenAI structured output or the local parser) into the table
 * and out through the API. Every field is present (nullable or empty array):
 * OpenAI strict structured outputs require that, and it keeps parsers honest.
 */
export const CAREER_LEVELS = ["student", "entry", "junior", "mid", "senior"] as const;
export const careerLevelSchema = z.enum(CAREER_LEVELS);
export type CareerLevel = z.infer<typeof careerLevelSchema>;

export const JOB_TYPES = ["full-time", "part-time", "contract", "internship"] as const;
export const jobTypeSchema = z.enum(JOB_TYPES);
export type JobType = z.infer<typeof jobTypeSchema>;

export const COMPANY_SIZES = ["startup", "small", "medium", "large", "enterprise"] as const;
export const companySizeSchema = z.enum(COMPANY_SIZES);

export const experienceEntrySchema = z.object({
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  /** ISO month "YYYY-MM" (or "YYYY-01" when only a year is known). */
  start: z.string().nullable(),
  /** ISO month, or null when `current` is true or unknown. */
  end: z.string().nullable(),
  current: z.boolean(),
  internship: z.boolean(),
  description: z.string().nullable(),
});
export type ExperienceEntry = z.infer<typeof experienceEntrySchema>;

export const educationEntrySchema = z.object({
  degree: z.string().nullable(),
  field: z.string().nullable(),
  institution: z.string().nullable(),
  graduation_year: z.number().int().nullable(),
  expected: z.boolean(),
  gpa: z.string().nullable(),
});
export type EducationEntry = z.infer<typeof educationEntrySchema>;

export const parsedProfileSchema = z.object({
  // Personal information
  full_name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  links: z.array(z.string()),
  work_authorization: z.string().nullable(),
  needs_sponsorship: z.boolean().nullable(),
  // Professional summary
  years_of_experience: z.number().min(0).max(60),
  career_level: careerLevelSchema.nullable(),
  professional_summary: z.string().nullable(),
  // Skills
  programming_languages: z.array(z.string()),
  frameworks_libraries: z.array(z.string()),
  tools_platforms: z.array(z.string()),
  soft_skills: z.array(z.string()),
  /** Field knowledge that is none of the above (e.g. "Financial Modeling", "Circuit Design", "Patient Care"). */
  domain_skills: z.array(z.string()),
  // Experience
  job_titles: z.array(z.string()),
  companies: z.array(z.string()),
  industries: z.array(z.string()),
  experience_descriptions: z.array(z.string()),
  experience_entries: z.array(experienceEntrySchema),
  // Education
  degrees: z.array(z.string()),
  institutions: z.array(z.string()),
  graduation_years: z.array(z.number().int()),
  relevant_coursework: z.array(z.string()),
  education_entries: z.array(educationEntrySchema),
  // Preferences stated on the resume (the student edits the rest)
  desired_roles: z.array(z.string()),
  preferred_locations: z.array(z.string()),
  salary_range_min: z.number().int().nullable(),
  salary_range_max: z.number().int().nullable(),
  job_types: z.array(jobTypeSchema),
  company_size_preference: z.array(companySizeSchema),
  // AI insights (from the model, or derived from data by the local parser)
  ai_profile_summary: z.string().nullable(),
  ai_strengths: z.array(z.string()),
  ai_improvement_areas: z.array(z.string()),
  ai_career_advice: z.string().nullable(),
});
export type ParsedProfile = z.infer<typeof parsedProfileSchema>;

/** The skill columns, in the order the UI shows them. */
export const SKILL_FIELDS = [
  "programming_languages",
  "frameworks_libraries",
  "tools_platforms",
  "domain_skills",
  "soft_skills",
] as const;
export type SkillField = (typeof SKILL_FIELDS)[number];
