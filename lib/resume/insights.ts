import type { ParsedProfile } from "@/lib/profile/schema";
import { findSkill } from "@/lib/skills/extract";
import type { SkillFieldOfWork } from "@/lib/skills/types";

/**
 * The "AI insight" fields, derived only from what was parsed: strengths name
 * real skill clusters, improvement areas name real gaps, and the summary and
 * advice restate facts. Nothing is invented for an empty profile.
 */
type Facts = Omit<ParsedProfile, "ai_profile_summary" | "ai_strengths" | "ai_improvement_areas" | "ai_career_advice">;
export type Insights = Pick<ParsedProfile, "ai_profile_summary" | "ai_strengths" | "ai_improvement_areas" | "ai_career_advice">;

const FIELD_LABELS: Record<Exclude<SkillFieldOfWork, "general">, string> = {
  software: "Software development",
  data: "Data analysis",
  electrical: "Electrical engineering",
  mechanical: "Mechanical engineering",
  civil: "Civil engineering",
  design: "Design",
  business: "Business analysis",
  finance: "Finance",
  marketing: "Marketing",
  healthcare: "Clinical care",
  life_sciences: "Laboratory science",
};

// Skills most postings in a field ask for; a missing one is a concrete gap.
const FIELD_ESSENTIALS: Record<Exclude<SkillFieldOfWork, "general">, string[]> = {
  software: ["Git", "SQL", "Unit Testing", "REST APIs", "Docker"],
  data: ["SQL", "Python", "Statistics", "Data Visualization", "Excel"],
  electrical: ["Circuit Design", "MATLAB", "Oscilloscope", "PCB Design", "Embedded C"],
  mechanical: ["CAD", "SolidWorks", "GD&T", "Finite Element Analysis", "MATLAB"],
  civil: ["AutoCAD", "AutoCAD Civil 3D", "Structural Analysis", "Revit", "Microsoft Project"],
  design: ["Figma", "Prototyping", "UX Research", "Usability Testing", "Wireframing"],
  business: ["Excel", "SQL", "Tableau", "Requirements Gathering", "PowerPoint"],
  finance: ["Excel", "Financial Modeling", "Valuation", "Accounting", "PowerPoint"],
  marketing: ["Google Analytics", "SEO", "Content Strategy", "Social Media Marketing", "Email Marketing"],
  healthcare: ["Patient Care", "BLS", "Electronic Health Records", "Vital Signs", "Medication Administration"],
  life_sciences: ["PCR", "Cell Culture", "Laboratory Safety", "GLP", "Microscopy"],
};

const SKILL_KEYS = ["programming_languages", "frameworks_libraries", "tools_platforms", "domain_skills"] as const;

export function deriveInsights(p: Facts): Insights {
  const skills = SKILL_KEYS.flatMap((k) => p[k]);
  const clusters = clusterByField(skills);
  const strengths = clusters.filter((c) => c.skills.length >= 2).slice(0, 3).map((c) => `${FIELD_LABELS[c.field]}: ${c.skills.slice(0, 5).join(", ")}`);
  if (p.years_of_experience >= 1 && p.job_titles.length) strengths.push(`${formatYears(p.years_of_experience)} of experience as ${p.job_titles.slice(0, 2).join(" and ")}`);
  if (p.soft_skills.length >= 2) strengths.push(`Soft skills: ${p.soft_skills.slice(0, 4).join(", ")}`);
  const hasAnything = skills.length > 0 || p.experience_entries.length > 0 || p.education_entries.length > 0;
  if (!hasAnything) return { ai_profile_summary: null, ai_strengths: [], ai_improvement_areas: [], ai_career_advice: null };

  const mainField = clusters[0]?.field;
  const areas: string[] = [];
  if (!p.experience_entries.length) areas.push("No work experience is listed yet: internships, research, projects or part-time jobs with dates would strengthen the resume.");
  else if (!p.experience_entries.some((e) => e.start)) areas.push("Experience entries have no dates; add start and end months so employers can read your timeline.");
  const descriptions = p.experience_descriptions.join(" ");
  if (p.experience_entries.length && !/\d/.test(descriptions)) areas.push("No quantified achievements: add numbers (users, %, time or money saved) to experience bullets.");
  if (mainField) {
    const have = new Set(skills.map((s) => s.toLowerCase()));
    const missing = FIELD_ESSENTIALS[mainField].filter((s) => !have.has(s.toLowerCase())).slice(0, 3);
    if (missing.length) areas.push(`Skills common in ${FIELD_LABELS[mainField].toLowerCase()} roles that are not on the resume: ${missing.join(", ")}.`);
  }
  if (!p.professional_summary) areas.push("No summary or objective: two lines on the roles you want help recruiters place you.");
  if ((mainField === "software" || mainField === "design") && !p.links.length) areas.push(`No ${mainField === "design" ? "portfolio" : "GitHub or portfolio"} link.`);

  return {
    ai_profile_summary: summarize(p, mainField),
    ai_strengths: strengths,
    ai_improvement_areas: areas,
    ai_career_advice: advise(p, mainField),
  };
}

function clusterByField(skills: string[]): { field: Exclude<SkillFieldOfWork, "general">; skills: string[] }[] {
  const byField = new Map<Exclude<SkillFieldOfWork, "general">, string[]>();
  for (const name of skills) {
    for (const field of findSkill(name)?.fields ?? []) {
      if (field === "general") continue;
      byField.set(field, [...(byField.get(field) ?? []), name]);
    }
  }
  return [...byField.entries()].map(([field, list]) => ({ field, skills: list })).sort((a, b) => b.skills.length - a.skills.length);
}

function formatYears(years: number): string {
  return `${years} year${years === 1 ? "" : "s"}`;
}

function summarize(p: Facts, field: string | undefined): string {
  const level = p.career_level ? `${p.career_level[0].toUpperCase()}${p.career_level.slice(1)}-level` : "Candidate";
  const area = field ? ` ${FIELD_LABELS[field as keyof typeof FIELD_LABELS].toLowerCase()}` : "";
  const parts = [`${level}${area} profile`];
  if (p.years_of_experience > 0) parts.push(`with ${formatYears(p.years_of_experience)} of dated experience${p.job_titles.length ? ` (most recently ${p.job_titles[0]}${p.companies[0] ? ` at ${p.companies[0]}` : ""})` : ""}`);
  const edu = p.education_entries[0];
  if (edu?.degree || edu?.institution) {
    const what = [edu.degree, edu.field ? `in ${edu.field}` : null].filter(Boolean).join(" ");
    const year = edu.graduation_year ? ` (${edu.expected ? "expected " : ""}${edu.graduation_year})` : "";
    parts.push(`${p.years_of_experience > 0 ? "and" : "with"} ${what || "studies"}${edu.institution ? ` from ${edu.institution}` : ""}${year}`);
  }
  return `${parts.join(" ")}.`;
}

function advise(p: Facts, field: string | undefined): string {
  const target = p.desired_roles.length ? p.desired_roles.slice(0, 2).join(" or ") : field ? `${FIELD_LABELS[field as keyof typeof FIELD_LABELS].toLowerCase()} roles` : "roles that match your skills";
  const step =
    p.career_level === "student"
      ? "Apply early for internships and keep adding dated projects with measurable results."
      : p.career_level === "entry" || p.career_level === "junior"
        ? "Lead with your most relevant experience and show the impact of each role with numbers."
        : "Highlight ownership and impact, and tailor the summary to each posting.";
  return `Focus your search on ${target}. ${step}`;
}
