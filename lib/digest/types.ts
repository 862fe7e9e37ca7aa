import type { DigestJob } from "@/db/schema";

export type { DigestJob };

export type SkillTrend = { skill: string; this_week: number; last_week: number; change: number };
export type SalaryRange = { seniority: string; currency: string; jobs: number; min: number; max: number; median: number };

/** Computed from job_listings, never invented: every number here is a count or a range the database holds. */
export type MarketTrends = {
  field: string | null;
  window: { this_week_start: string; last_week_start: string; until: string };
  jobs_this_week: number;
  top_skills: SkillTrend[];
  remote_share: { total: number; remote: number; hybrid: number; remote_pct: number | null };
  salary_by_seniority: SalaryRange[];
  top_employers: { company: string; jobs: number }[];
};

export type SkillRecommendation = { skill: string; jobs: number };

/** Everything a digest email or web view shows; stored in daily_digests. */
export type DigestContent = {
  title: string;
  summary: string;
  date: string;
  firstName: string | null;
  jobs: DigestJob[];
  totalNewJobs: number;
  totalMatches: number;
  minScore: number;
  trends: MarketTrends | null;
  skillRecommendations: SkillRecommendation[];
};
