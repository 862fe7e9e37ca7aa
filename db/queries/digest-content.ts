import { and, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { jobListings, jobScores } from "@/db/schema";
import { rowsOf } from "./tx";

/** The student's qualifying matches not yet sent: open, not hidden, at or above the threshold. */
function unsentMatchFilter(userId: string, minScore: number, since: Date) {
  return and(
    eq(jobScores.user_id, userId),
    gte(jobScores.compatibility_score, minScore),
    isNull(jobScores.digest_sent_at),
    eq(jobScores.hidden, false),
    eq(jobListings.status, "open"),
    gte(jobListings.first_seen_at, since),
  );
}

export async function listUnsentMatches(userId: string, { minScore, since, limit }: { minScore: number; since: Date; limit: number }) {
  const db = await getDb();
  const where = unsentMatchFilter(userId, minScore, since);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ score: jobScores, job: jobListings })
      .from(jobScores)
      .innerJoin(jobListings, eq(jobListings.id, jobScores.job_id))
      .where(where)
      .orderBy(desc(jobScores.compatibility_score), desc(jobListings.first_seen_at), jobListings.id)
      .limit(limit),
    db.select({ total: count() }).from(jobScores).innerJoin(jobListings, eq(jobListings.id, jobScores.job_id)).where(where),
  ]);
  return { rows, total };
}

export async function countNewListingsSince(since: Date, until: Date): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(jobListings)
    .where(and(gte(jobListings.first_seen_at, since), sql`${jobListings.first_seen_at} < ${until.toISOString()}::timestamptz`));
  return row?.n ?? 0;
}

const fieldFilter = (field: string | null) => (field ? sql`and jl.field = ${field}` : sql``);
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Skill mentions (required or preferred, once per job) this week and the week before. */
export async function countSkillDemand(field: string | null, weekStart: Date, now: Date, limit = 8) {
  const db = await getDb();
  const prevStart = new Date(weekStart.getTime() - 7 * 86_400_000);
  const result = await db.execute(sql`
    select s.skill as skill,
           count(*) filter (where jl.first_seen_at >= ${ts(weekStart)})::int as this_week,
           count(*) filter (where jl.first_seen_at < ${ts(weekStart)})::int as last_week
    from job_listings jl
    cross join lateral (select distinct x from jsonb_array_elements_text(jl.required_skills || jl.preferred_skills) as x) as s(skill)
    where jl.first_seen_at >= ${ts(prevStart)} and jl.first_seen_at < ${ts(now)} ${fieldFilter(field)}
    group by s.skill
    order by this_week desc, last_week desc, s.skill
    limit ${limit}`);
  return rowsOf<{ skill: string; this_week: number; last_week: number }>(result);
}

export async function countRemoteShare(field: string | null, since: Date, now: Date) {
  const db = await getDb();
  const result = await db.execute(sql`
    select count(*)::int as total,
           count(*) filter (where jl.remote_type = 'remote')::int as remote,
           count(*) filter (where jl.remote_type = 'hybrid')::int as hybrid
    from job_listings jl
    where jl.first_seen_at >= ${ts(since)} and jl.first_seen_at < ${ts(now)} ${fieldFilter(field)}`);
  return rowsOf<{ total: number; remote: number; hybrid: number }>(result)[0] ?? { total: 0, remote: 0, hybrid: 0 };
}

/** Annual salary ranges per seniority and currency, where the posting states one. */
export async function summarizeSalaries(field: string | null, since: Date, now: Date) {
  const db = await getDb();
  const result = await db.execute(sql`
    select coalesce(jl.seniority, 'unspecified') as seniority, jl.salary_currency as currency, count(*)::int as jobs,
           round(min(coalesce(jl.salary_annual_min, jl.salary_annual_max)))::int as min,
           round(max(coalesce(jl.salary_annual_max, jl.salary_annual_min)))::int as max,
           round(percentile_cont(0.5) within group (order by
             (coalesce(jl.salary_annual_min, jl.salary_annual_max) + coalesce(jl.salary_annual_max, jl.salary_annual_min)) / 2))::int as median
    from job_listings jl
    where jl.first_seen_at >= ${ts(since)} and jl.first_seen_at < ${ts(now)} ${fieldFilter(field)}
      and jl.salary_currency is not null and (jl.salary_annual_min is not null or jl.salary_annual_max is not null)
    group by 1, 2
    order by jobs desc, 1, 2
    limit 8`);
  return rowsOf<{ seniority: string; currency: string; jobs: number; min: number; max: number; median: number }>(result);
}

export async function countTopEmployers(field: string | null, since: Date, now: Date, limit = 5) {
  const db = await getDb();
  const result = await db.execute(sql`
    select jl.company as company, count(*)::int as jobs
    from job_listings jl
    where jl.first_seen_at >= ${ts(since)} and jl.first_seen_at < ${ts(now)} and jl.company is not null ${fieldFilter(field)}
    group by jl.company
    order by jobs desc, jl.company
    limit ${limit}`);
  return rowsOf<{ company: string; jobs: number }>(result);
}

/**
 * Skills in the open jobs this student nearly matched: scored within `band`
 * points under the threshold, or at/above it with a weak skills score.
 */
export async function countNearMissSkills(
  userId: string,
  { threshold, band, weakSkills, since }: { threshold: number; band: number; weakSkills: number; since: Date },
) {
  const db = await getDb();
  const result = await db.execute(sql`
    select s.skill as skill, count(distinct jl.id)::int as jobs
    from job_scores js
    join job_listings jl on jl.id = js.job_id
    cross join lateral (select distinct x from jsonb_array_elements_text(jl.required_skills || jl.preferred_skills) as x) as s(skill)
    where js.user_id = ${userId} and jl.status = 'open' and js.hidden = false and js.scored_at >= ${ts(since)}
      and js.compatibility_score >= ${threshold - band}
      and (js.compatibility_score < ${threshold} or coalesce(js.skills_match_score, 0) < ${weakSkills})
    group by s.skill
    order by jobs desc, s.skill
    limit 60`);
  return rowsOf<{ skill: string; jobs: number }>(result);
}
