import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getProfileByUserId } from "@/db/queries/profiles";
import { jobScores } from "@/db/schema";
import { recordFeedback } from "@/lib/matching/feedback-actions";
import { getMatchesForUser } from "@/lib/matching/list-matches";
import { listActiveUserIds, scoreAllUsers, scoreUser } from "@/lib/matching/pipeline";
import { matchesQuerySchema } from "@/lib/validation/matches";
import { testDriver, useTestDb } from "@/tests/db";
import { insertJobs, jobRow, seedProfile, typicalJobs } from "@/tests/matching-seed";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const NOW = new Date();
const scoreOf = async (userId: string, jobId: number) => {
  const db = await getDb();
  const [row] = await db.select().from(jobScores).where(eq(jobScores.user_id, userId)).then((rows) => rows.filter((r) => r.job_id === jobId));
  return row;
};

beforeAll(() => setOpenAiEnv(null));

describe(`feedback changes later rankings (${testDriver})`, () => {
  it("a rejected company disappears now and from later runs", async () => {
    await seedProfile("f-company");
    const [globex1, globex2] = await insertJobs([
      jobRow({ title: "Backend Developer", company: "Globex", required_skills: ["Python", "Django"] }, NOW),
      jobRow({ title: "Software Engineer", company: "Globex", required_skills: ["Python", "JavaScript"] }, NOW),
    ]);
    await scoreUser("f-company", { now: NOW });
    expect(await scoreOf("f-company", globex2.id)).toMatchObject({ hidden: false });

    const answer = await recordFeedback("f-company", globex1.id, { feedback: "not_interested", reason: "company" });
    expect(answer).toMatchObject({ hidden: true, user_interested: false, user_feedback: "not_interested", feedback_reason: "company" });
    expect((await getProfileByUserId("f-company"))?.rejected_companies).toEqual(["Globex"]);
    expect(await scoreOf("f-company", globex2.id)).toMatchObject({ hidden: true });

    const [later, other] = await insertJobs([
      jobRow({ title: "Software Engineer Intern", company: "Globex", seniority: "intern", employment_type: "internship", required_skills: ["Python", "React"] }, NOW),
      jobRow({ title: "Software Engineer Intern", company: "Vandelay", seniority: "intern", employment_type: "internship", required_skills: ["Python", "React"] }, NOW),
    ]);
    const run = await scoreUser("f-company", { now: NOW });
    expect(run.gated).toBeGreaterThanOrEqual(1);
    expect(await scoreOf("f-company", later.id)).toBeUndefined();
    expect(await scoreOf("f-company", other.id)).toBeDefined();
    const list = await getMatchesForUser("f-company", matchesQuerySchema.parse({ limit: "100" }));
    expect(list.matches.map((m) => m.job.company)).not.toContain("Globex");
  });

  it("not_my_field pushes similar titles down; too_senior tightens the seniority gate", async () => {
    // Two identical students; only one gives feedback.
    await seedProfile("f-quiet", { min_score_threshold: 0 });
    await seedProfile("f-picky", { min_score_threshold: 0 });
    const [devops, mid] = await insertJobs([
      jobRow({ title: "DevOps Engineer", company: "Cyberdyne", required_skills: ["Docker", "Python"] }, NOW),
      jobRow({ title: "Software Engineer", company: "Soylent", seniority: "mid", required_skills: ["Python"] }, NOW),
    ]);
    await scoreUser("f-quiet", { now: NOW });
    await scoreUser("f-picky", { now: NOW });
    await recordFeedback("f-picky", devops.id, { feedback: "not_interested", reason: "not_my_field" });
    await recordFeedback("f-picky", mid.id, { feedback: "not_interested", reason: "too_senior" });

    const [devops2, senior] = await insertJobs([
      jobRow({ title: "DevOps Engineer II", company: "Tyrell", required_skills: ["Docker", "Python"] }, NOW),
      jobRow({ title: "Senior Software Engineer", company: "Wonka", seniority: "senior", required_skills: ["Python", "React"] }, NOW),
    ]);
    await scoreUser("f-quiet", { now: NOW });
    await scoreUser("f-picky", { now: NOW });
    const quiet = (await scoreOf("f-quiet", devops2.id)).compatibility_score;
    const picky = (await scoreOf("f-picky", devops2.id)).compatibility_score;
    expect(picky).toBeLessThan(quiet * 0.8);
    expect(await scoreOf("f-quiet", senior.id)).toBeDefined();
    expect(await scoreOf("f-picky", senior.id)).toBeUndefined();
  });

  it("hidden stays hidden: excluded from matches unless include_hidden, and re-runs do not bring it back", async () => {
    await seedProfile("f-hide");
    await scoreUser("f-hide", { now: NOW });
    const first = await getMatchesForUser("f-hide", matchesQuerySchema.parse({}));
    const target = first.matches[0].job.id;
    await recordFeedback("f-hide", target, { feedback: "not_interested", reason: "wrong_location" });
    await scoreUser("f-hide", { now: NOW });
    await scoreAllUsers({ now: NOW });
    const after = await getMatchesForUser("f-hide", matchesQuerySchema.parse({ limit: "100" }));
    expect(after.matches.map((m) => m.job.id)).not.toContain(target);
    expect(after.total).toBe(first.total - 1);
    const all = await getMatchesForUser("f-hide", matchesQuerySchema.parse({ limit: "100", include_hidden: "true" }));
    expect(all.matches.find((m) => m.job.id === target)).toMatchObject({ hidden: true, feedback_reason: "wrong_location" });
  });
});

describe(`scoreAllUsers (${testDriver})`, () => {
  it("stores exactly what per-user runs store, and lists the active users", async () => {
    await insertJobs([...Object.values(typicalJobs(NOW)), jobRow({ title: "Data Analyst", company: "Stark", field: "data", required_skills: ["SQL", "Tableau", "Excel"] }, NOW)]);
    const users = ["all-a", "all-b", "all-c"];
    await seedProfile("all-a");
    await seedProfile("all-b", { programming_languages: ["SQL", "R"], frameworks_libraries: [], tools_platforms: ["Tableau", "Excel"], desired_roles: ["Data Analyst"], job_titles: [], min_score_threshold: 50 });
    await seedProfile("all-c", { location: "Denver, CO", preferred_locations: [], remote_preference: "remote", career_level: "entry", years_of_experience: 1 });
    await seedProfile("all-empty", { programming_languages: [], frameworks_libraries: [], tools_platforms: [], job_titles: [], desired_roles: [] });
    const active = await listActiveUserIds();
    expect(active).toEqual(expect.arrayContaining(users));
    expect(active).not.toContain("all-empty");

    const db = await getDb();
    const snapshot = async () =>
      (await db.select().from(jobScores).where(inArray(jobScores.user_id, users)))
        .map((r) => [r.user_id, r.job_id, r.compatibility_score, r.skills_match_score, r.experience_match_score, r.location_match_score, r.match_factors, r.scoring_method].join("|"))
        .sort();
    const all = await scoreAllUsers({ now: NOW });
    expect(all.users).toBe(active.length);
    expect(all.stored).toBeGreaterThan(3);
    expect(all.errors).toBe(0);
    const together = await snapshot();
    expect(together.length).toBeGreaterThan(3);

    await db.delete(jobScores).where(inArray(jobScores.user_id, users));
    for (const u of users) await scoreUser(u, { now: NOW, jobLimit: 2000 });
    expect(await snapshot()).toEqual(together);

    // And a second all-users run has nothing new to store.
    expect(await scoreAllUsers({ now: NOW })).toMatchObject({ stored: 0 });
  });
});
