import { getDb } from "@/db";
import { upsertProfile } from "@/db/queries/profiles";
import { type JobListing, jobListings, type NewJobListing, type NewUserProfile, type UserProfile } from "@/db/schema";

/** A software student in Austin: the matcher's home ground. */
export const STUDENT: Omit<NewUserProfile, "user_id"> = {
  full_name: "Sam Student",
  location: "Austin, TX",
  work_authorization: "US Citizen",
  needs_sponsorship: false,
  years_of_experience: 0.5,
  career_level: "student",
  programming_languages: ["Python", "JavaScript", "SQL", "TypeScript"],
  frameworks_libraries: ["React", "Node.js", "Django"],
  tools_platforms: ["Git", "Docker", "PostgreSQL"],
  job_titles: ["Software Engineering Intern"],
  desired_roles: ["Software Engineer", "Backend Developer"],
  preferred_locations: ["Austin, TX", "Remote"],
  job_types: ["internship", "full-time"],
};

export function seedProfile(userId: string, fields: Partial<NewUserProfile> = {}): Promise<UserProfile> {
  return upsertProfile({ ...STUDENT, user_id: userId, ...fields });
}

let seq = 0;

/** A normalised job row (as ingest would store it), fetched `hoursAgo` before `now`. */
export function jobRow(fields: Partial<NewJobListing> & { title: string }, now = new Date(), hoursAgo = 1): NewJobListing {
  seq++;
  const at = new Date(now.getTime() - hoursAgo * 3600_000);
  return {
    dedupe_key: `test|${seq}|${fields.company ?? "acme"}|${fields.title}`.toLowerCase(),
    external_id: `ext-${seq}`,
    company: "Acme",
    location: "Austin, TX",
    city: "Austin",
    region: "TX",
    country: "US",
    remote_type: "onsite",
    url: `https://jobs.example.com/${seq}`,
    employment_type: "full-time",
    seniority: "entry",
    field: "software",
    description: "Build and ship features with a friendly team.",
    fetched_at: at,
    first_seen_at: at,
    last_seen_at: at,
    ...fields,
  };
}

export async function insertJobs(rows: NewJobListing[]): Promise<JobListing[]> {
  const db = await getDb();
  const out: JobListing[] = [];
  for (let i = 0; i < rows.length; i += 500) out.push(...(await db.insert(jobListings).values(rows.slice(i, i + 500)).returning()));
  return out;
}

/** A spread of jobs for the software student: strong, decent, off-field, too senior. */
export function typicalJobs(now = new Date()) {
  return {
    intern: jobRow({ title: "Software Engineer Intern", company: "Initech", seniority: "intern", employment_type: "internship", required_skills: ["Python", "JavaScript", "React"], preferred_skills: ["Docker"] }, now),
    backend: jobRow({ title: "Backend Developer", company: "Globex", remote_type: "remote", remote_regions: ["US"], location: "Remote (US)", city: null, region: null, required_skills: ["Python", "Django", "PostgreSQL"], preferred_skills: ["SQL"] }, now),
    fullstack: jobRow({ title: "Junior Full Stack Engineer", company: "Umbrella", seniority: "junior", required_skills: ["TypeScript", "React", "Node.js"], salary_annual_min: 80000, salary_annual_max: 95000, salary_min: 80000, salary_max: 95000, salary_currency: "USD", salary_period: "year" }, now),
    staff: jobRow({ title: "Staff Software Engineer", company: "Hooli", seniority: "staff", min_years_experience: 10, required_skills: ["Python", "Go", "Kubernetes"] }, now),
    nurse: jobRow({ title: "Registered Nurse", company: "City Hospital", field: "healthcare", required_skills: ["Patient Care", "BLS Certification"] }, now),
    old: jobRow({ title: "Software Engineer", company: "Oldco", required_skills: ["Python", "JavaScript"] }, now, 24 * 10),
  };
}
