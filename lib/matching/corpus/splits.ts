import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { JobListing, UserProfile } from "@/db/schema";
import { DEMO_ANCHOR } from "@/lib/jobs/demo-feed-reader";
import { normalizeJob } from "@/lib/jobs/normalize/normalize-job";
import { isSourceKind, parseSourceBody } from "@/lib/jobs/sources";
import type { NormalizedJob } from "@/lib/jobs/types";
import { jobKey, loadCorpusPostings } from "./jobs";
import { JUDGMENTS } from "./judgments";
import { CORPUS_PROFILES } from "./profiles";

/**
 * The two ranking-eval splits. `tune` = the legacy corpus (profiles.ts,
 * judgments.ts, jobs.ts) + tune/ (students, judgments, coursework and
 * summaries for the legacy students); `test` = test/ only, held out: the
 * scorer is never tuned against it (see test/README.md).
 */
export type SplitName = "tune" | "test";
export type Grade = 0 | 1 | 2 | 3;

export interface SplitStudent {
  id: string;
  label: string;
  profile: UserProfile;
}

export interface RankingSplit {
  name: SplitName;
  now: Date;
  students: SplitStudent[];
  /** Normalised postings as the app stores them (one per key), ids 1..n. */
  jobs: JobListing[];
  keyOf(job: Pick<JobListing, "title" | "company">): string;
  grade(studentId: string, jobKey: string): Grade;
  /** Jobs graded ≥ minGrade for the student. */
  relevantCount(studentId: string, minGrade: number): number;
}

const CORPUS_DIR = path.join(process.cwd(), "lib", "matching", "corpus");
type Judgments = Record<string, Record<string, number>>;
type StudentJson = Partial<UserProfile> & { user_id: string; label: string };

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, "utf8")) as T;

/** A full user_profiles row with the column defaults, overridden by `fields`. */
export function toProfileRow(id: number, fields: Partial<UserProfile> & { user_id: string }): UserProfile {
  const epoch = new Date(0);
  return {
    id, full_name: null, email: null, phone: null, location: null, work_authorization: null,
    years_of_experience: 0, career_level: null, professional_summary: null,
    programming_languages: [], frameworks_libraries: [], tools_platforms: [], soft_skills: [],
    job_titles: [], companies: [], industries: [], experience_descriptions: [],
    degrees: [], institutions: [], graduation_years: [], relevant_coursework: [],
    desired_roles: [], preferred_locations: [], salary_range_min: null, salary_range_max: null, job_types: [], company_size_preference: [],
    ai_profile_summary: null, ai_strengths: [], ai_improvement_areas: [], ai_career_advice: null,
    created_at: epoch, updated_at: epoch, last_resume_upload: null,
    links: [], needs_sponsorship: null, domain_skills: [], experience_entries: [], education_entries: [], preferred_industries: [],
    remote_preference: null, rejected_companies: [], rejected_title_terms: [], edited_fields: [], resume_text_hash: null,
    parse_method: null, parse_model: null, timezone: "UTC", digest_enabled: true, digest_hour: 7, digest_frequency: "daily",
    min_score_threshold: 60, email_status: "active",
    ...fields,
  };
}

/** A job_listings row for a normalised posting, as ingestion would store it. */
export function toJobRow(job: NormalizedJob, id: number, now: Date): JobListing {
  const { closed, ...rest } = job;
  const seen = job.posted_at ?? now;
  return {
    ...rest,
    id, source_id: null, source_urls: job.url ? [job.url] : [], status: closed ? "closed" : "open", closed_at: closed ? now : null,
    company_size: null, industry: null, fetched_at: seen, first_seen_at: seen, last_seen_at: seen, created_at: seen, updated_at: seen,
  };
}

/** Board files named `<board>.<kind>.<ext>`, parsed and normalised in name order. */
async function loadFeedDir(dir: string, now: Date): Promise<NormalizedJob[]> {
  const out: NormalizedJob[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const kind = file.split(".")[1];
    if (!kind || !isSourceKind(kind)) continue;
    const body = await readFile(path.join(dir, file), "utf8");
    for (const posting of await parseSourceBody(kind, body, { now })) out.push(normalizeJob(posting, { sourceKind: kind, now }));
  }
  return out;
}

function makeSplit(name: SplitName, now: Date, students: SplitStudent[], normalized: NormalizedJob[], judgments: Judgments): RankingSplit {
  const byKey = new Map<string, JobListing>();
  for (const job of normalized) {
    const key = jobKey(job.title, job.company);
    if (!byKey.has(key)) byKey.set(key, toJobRow(job, byKey.size + 1, now));
  }
  for (const [student, grades] of Object.entries(judgments)) {
    for (const key of Object.keys(grades)) if (!byKey.has(key)) throw new Error(`${name} split: judgment for unknown job ${key} (${student})`);
  }
  return {
    name,
    now,
    students,
    jobs: [...byKey.values()],
    keyOf: (job) => jobKey(job.title, job.company),
    grade: (studentId, key) => (judgments[studentId]?.[key] ?? 0) as Grade,
    relevantCount: (studentId, minGrade) => Object.values(judgments[studentId] ?? {}).filter((g) => g >= minGrade).length,
  };
}

function mergeJudgments(...parts: Judgments[]): Judgments {
  const out: Judgments = {};
  for (const part of parts) for (const [student, grades] of Object.entries(part)) out[student] = { ...out[student], ...grades };
  return out;
}

async function loadTune(): Promise<RankingSplit> {
  const dir = path.join(CORPUS_DIR, "tune");
  const now = DEMO_ANCHOR;
  const extra = await readJson<Record<string, Partial<UserProfile>>>(path.join(dir, "legacy-extra.json"));
  const fresh = await readJson<StudentJson[]>(path.join(dir, "students.json"));
  const students: SplitStudent[] = [
    ...CORPUS_PROFILES.map(({ label, ...p }) => ({ id: p.user_id, label, fields: { ...p, ...extra[p.user_id] } })),
    ...fresh.map(({ label, ...p }) => ({ id: p.user_id, label, fields: p })),
  ].map((s, i) => ({ id: s.id, label: s.label, profile: toProfileRow(i + 1, s.fields) }));
  // The legacy jobs keep their order (and so their ids) ahead of the new boards.
  const normalized = [...(await loadCorpusPostings(now)), ...(await loadFeedDir(path.join(dir, "feeds"), now))];
  const judgments = mergeJudgments(JUDGMENTS, await readJson<Judgments>(path.join(dir, "judgments.json")));
  return makeSplit("tune", now, students, normalized, judgments);
}

/** The held-out split: loaded for the lead's final run only, never read while tuning. */
async function loadTest(): Promise<RankingSplit> {
  const dir = path.join(CORPUS_DIR, "test");
  const now = DEMO_ANCHOR;
  const fresh = await readJson<StudentJson[]>(path.join(dir, "students.json"));
  const students = fresh.map(({ label, ...p }, i) => ({ id: p.user_id, label: label ?? p.user_id, profile: toProfileRow(i + 1, p) }));
  const judgments = await readJson<Judgments>(path.join(dir, "judgments.json"));
  return makeSplit("test", now, students, await loadFeedDir(path.join(dir, "feeds"), now), judgments);
}

export function loadRankingSplit(split: SplitName): Promise<RankingSplit> {
  return split === "tune" ? loadTune() : loadTest();
}
