import { countRemoteShare, countSkillDemand, countTopEmployers, summarizeSalaries } from "@/db/queries/digest-content";
import type { MarketTrends } from "./types";

const DAY = 86_400_000;
/** Salaries are sparse: a month of postings gives ranges worth showing. */
const SALARY_WINDOW_DAYS = 30;

/** This week (the 7 days up to `now`) against the 7 days before, for the student's field (all fields when unknown). */
export async function computeMarketTrends(field: string | null, now: Date): Promise<MarketTrends> {
  const weekStart = new Date(now.getTime() - 7 * DAY);
  const [skills, remote, salaries, employers] = await Promise.all([
    countSkillDemand(field, weekStart, now),
    countRemoteShare(field, weekStart, now),
    summarizeSalaries(field, new Date(now.getTime() - SALARY_WINDOW_DAYS * DAY), now),
    countTopEmployers(field, weekStart, now),
  ]);
  return {
    field,
    window: { this_week_start: weekStart.toISOString(), last_week_start: new Date(weekStart.getTime() - 7 * DAY).toISOString(), until: now.toISOString() },
    jobs_this_week: remote.total,
    top_skills: skills.filter((s) => s.this_week > 0).map((s) => ({ ...s, change: s.this_week - s.last_week })),
    remote_share: { ...remote, remote_pct: remote.total ? Math.round((remote.remote / remote.total) * 100) : null },
    salary_by_seniority: salaries,
    top_employers: employers,
  };
}
