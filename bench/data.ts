import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { jobListings, type NewJobListing, type NewUserProfile, userProfiles } from "@/db/schema";
import { type CorpusJob, loadCorpusJobs } from "@/lib/matching/corpus/jobs";
import { CORPUS_PROFILES } from "@/lib/matching/corpus/profiles";
import { loadCorpus } from "@/lib/resume/corpus";
import { parseResumeLocally } from "@/lib/resume/local-parser";
import type { Rng } from "./rng";

/**
 * Synthetic but realistic load from the project's own corpora: jobs are the
 * ranking corpus's postings (fields, levels, places, salaries from the demo
 * feeds) with varied pay and experience asks; students are the ranking
 * corpus's profiles (with preferences) and the resume corpus parsed by the
 * local parser, with varied experience and thresholds.
 */
let corpusJobs: CorpusJob[] | undefined;
export async function baseJobs(now: Date): Promise<CorpusJob[]> {
  corpusJobs ??= (await loadCorpusJobs(now)).filter((j) => j.status === "open");
  return corpusJobs;
}

const scale = (v: number | null | undefined, f: number) => (v == null ? null : Math.round((v * f) / 1000) * 1000);

export async function generateJobs(rng: Rng, count: number, fetchedAt: Date, tag: string): Promise<NewJobListing[]> {
  const base = await baseJobs(fetchedAt);
  return Array.from({ length: count }, (_, i) => {
    const { id: _id, key, status: _s, ...job } = rng.pick(base);
    const pay = 0.85 + rng.next() * 0.35;
    const years = job.min_years_experience == null ? null : Math.max(0, job.min_years_experience + rng.int(-1, 1));
    return {
      ...job,
      min_years_experience: years,
      salary_annual_min: scale(job.salary_annual_min, pay),
      salary_annual_max: scale(job.salary_annual_max, pay),
      dedupe_key: `bench-${tag}-${i}-${key}`.slice(0, 400),
      fetched_at: fetchedAt,
      first_seen_at: fetchedAt,
      last_seen_at: fetchedAt,
    } as NewJobListing;
  });
}

type ProfileBase = Omit<NewUserProfile, "user_id">;
let profileBases: ProfileBase[] | undefined;
function studentBases(): ProfileBase[] {
  if (profileBases) return profileBases;
  const fromCorpus = CORPUS_PROFILES.map(({ label: _l, user_id: _u, ...p }) => p as ProfileBase);
  const fromResumes = loadCorpus()
    .filter((c) => c.format === "text")
    .map((c) => ({ ...parseResumeLocally(c.source), parse_method: "local" }) as ProfileBase);
  return (profileBases = [...fromCorpus, ...fromResumes]);
}

export function generateStudents(rng: Rng, count: number, prefix: string): NewUserProfile[] {
  const bases = studentBases();
  return Array.from({ length: count }, (_, i) => {
    const base = bases[i % bases.length];
    return {
      ...base,
      user_id: `${prefix}-${i + 1}`,
      full_name: `Student ${i + 1}`,
      email: null,
      phone: null,
      years_of_experience: Math.max(0, (base.years_of_experience ?? 0) + rng.int(-2, 4) * 0.5),
      min_score_threshold: rng.pick([55, 60, 60, 60, 65, 70]),
    };
  });
}

export async function insertJobs(db: Db, jobs: readonly NewJobListing[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += 500) await db.insert(jobListings).values(jobs.slice(i, i + 500));
}

export async function insertStudents(db: Db, students: readonly NewUserProfile[]): Promise<void> {
  for (let i = 0; i < students.length; i += 500) await db.insert(userProfiles).values(students.slice(i, i + 500));
}

export async function analyze(db: Db): Promise<void> {
  await db.execute(sql`analyze`);
}
