import { getDb } from "@/db";
import { type JobListing, jobListings, jobScores, type NewJobListing, type NewJobScore, type NewUserProfile, userProfiles } from "@/db/schema";
import { encryptField } from "@/lib/crypto";

let seq = 0;
export const DAY = 86_400_000;

export async function seedProfile(values: Partial<NewUserProfile> & { user_id: string; email?: string }) {
  const db = await getDb();
  const { email, ...rest } = values;
  const [row] = await db
    .insert(userProfiles)
    .values({ full_name: "Maya Lopez", desired_roles: ["Data Analyst"], programming_languages: ["Python", "SQL"], ...rest, email: encryptField(email ?? `${values.user_id}@example.com`) })
    .returning();
  return row;
}

export async function seedJob(values: Partial<NewJobListing> & { title: string }): Promise<JobListing> {
  const db = await getDb();
  seq++;
  const [row] = await db
    .insert(jobListings)
    .values({ dedupe_key: `seed-${seq}-${Math.random()}`, company: "Acme", location: "Chicago, IL", field: "data", url: `https://jobs.example.com/${seq}`, ...values })
    .returning();
  return row;
}

export async function seedScore(values: Partial<NewJobScore> & { user_id: string; job_id: number; compatibility_score: number }) {
  const db = await getDb();
  const [row] = await db.insert(jobScores).values({ match_factors: ["Knows SQL", "Entry level", "In Chicago"], skills_match_score: 80, ...values }).returning();
  return row;
}
