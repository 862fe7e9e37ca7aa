import { beforeAll, describe, expect, it } from "vitest";
import { GET as applyRoute } from "@/app/api/v1/profiles/matches/[user_id]/[job_id]/apply/route";
import { POST as feedbackRoute } from "@/app/api/v1/profiles/matches/[user_id]/[job_id]/feedback/route";
import { GET as matchesRoute } from "@/app/api/v1/profiles/matches/[user_id]/route";
import { POST as scoreJobsRoute } from "@/app/api/v1/profiles/score-jobs/[user_id]/route";
import { getScore } from "@/db/queries/job-scores";
import type { JobListing } from "@/db/schema";
import { createAdmin } from "@/lib/admin/create-admin";
import { resetAuth } from "@/lib/auth";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";
import { insertJobs, jobRow, seedProfile, typicalJobs } from "@/tests/matching-seed";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

type Who = { cookie?: string; apiKey?: string };
const student: Who = {};
const other: Who = {};
const admin: Who = {};
let userId = "";
let jobs: JobListing[];
const job = (title: string) => jobs.find((j) => j.title === title)!;

const getMatches = (query = "", who: Who = student, as = userId) =>
  matchesRoute(requestWith(`/api/v1/profiles/matches/${as}${query}`, who), routeContext({ user_id: as }));
const scoreJobs = (query = "", who: Who = student, as = userId) =>
  scoreJobsRoute(requestWith(`/api/v1/profiles/score-jobs/${as}${query}`, { ...who, method: "POST" }), routeContext({ user_id: as }));
const feedback = (jobId: number | string, body: unknown, who: Who = student, as = userId) =>
  feedbackRoute(
    requestWith(`/api/v1/profiles/matches/${as}/${jobId}/feedback`, { ...who, method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    routeContext({ user_id: as, job_id: String(jobId) }),
  );
const apply = (jobId: number | string, query = "", who: Who = student, as = userId) =>
  applyRoute(requestWith(`/api/v1/profiles/matches/${as}/${jobId}/apply${query}`, who), routeContext({ user_id: as, job_id: String(jobId) }));

beforeAll(async () => {
  setOpenAiEnv(null);
  resetAuth();
  ({ cookie: student.cookie, userId } = await signUpAndGetCookie("matcher@example.com"));
  other.cookie = (await signUpAndGetCookie("someone-else@example.com")).cookie;
  admin.apiKey = (await createAdmin({ email: "boss@example.com" })).apiKey;
  jobs = await insertJobs([...Object.values(typicalJobs()), jobRow({ title: "Software Engineer Intern", company: "NoLink", seniority: "intern", employment_type: "internship", required_skills: ["Python", "React"], url: "javascript:alert(1)" })]);
});

describe(`matches and score-jobs API (${testDriver})`, () => {
  it("answers 401 anonymous, 403 for another student's data, 404 without a profile", async () => {
    for (const res of [await getMatches("", {}), await scoreJobs("", {}), await feedback(1, { feedback: "interested" }, {}), await apply(1, "", {})]) {
      expect(res.status).toBe(401);
    }
    for (const res of [await getMatches("", other), await scoreJobs("", other), await feedback(1, { feedback: "interested" }, other), await apply(1, "", other)]) {
      expect(res.status).toBe(403);
    }
    const none = await scoreJobs();
    expect(none.status).toBe(404);
    expect((await none.json()).error.code).toBe("not_found");
    expect((await getMatches()).status).toBe(404);
  });

  it.each([
    ["?limit=-1", "limit"],
    ["?limit=101", "limit"],
    ["?min_score=150", "min_score"],
    ["?offset=-3", "offset"],
    ["?remote=maybe", "remote"],
  ])("GET matches%s → 422 naming %s", async (query, name) => {
    await seedProfile(userId);
    const res = await getMatches(query);
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ code: "validation_error", message: expect.stringMatching(new RegExp(`^${name}: `)) });
  });

  it.each([
    ["?days_back=0", "days_back"],
    ["?job_limit=0", "job_limit"],
    ["?job_limit=abc", "job_limit"],
  ])("POST score-jobs%s → 422 naming %s", async (query, name) => {
    const res = await scoreJobs(query);
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(new RegExp(`^${name}: `));
  });

  it("scores on demand and answers with counts and time taken", async () => {
    await seedProfile(userId);
    const res = await scoreJobs("?job_limit=50&days_back=1");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ user_id: userId, ai_mode: "rules", candidates: 6, gated: 1, rules_scored: 5, ai_scored: 0, stored: 5, tokens_in: 0, tokens_out: 0, cost_usd: 0 });
    expect(typeof body.duration_ms).toBe("number");
  });

  it("lists ranked matches with the job and every score column; admins may read them too", async () => {
    const res = await getMatches("?limit=2&min_score=70.0");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 4, limit: 2, offset: 0, min_score: 70 });
    expect(body.matches).toHaveLength(2);
    const [first, second] = body.matches;
    expect(first.compatibility_score).toBeGreaterThanOrEqual(second.compatibility_score);
    expect(first).toMatchObject({
      // url: the unsafe "NoLink" intern posting (javascript: URL) can rank first; its list row still shows the raw url, the apply link never redirects to it.
      job: { id: expect.any(Number), title: expect.any(String), company: expect.any(String), url: expect.any(String), external_id: expect.any(String), remote_type: expect.any(String), posted_at: expect.any(String), fetched_at: expect.any(String) },
      confidence_score: expect.any(Number),
      skills_match_score: expect.any(Number),
      experience_match_score: expect.any(Number),
      location_match_score: expect.any(Number),
      salary_match_score: expect.any(Number),
      culture_match_score: expect.any(Number),
      ai_reasoning: expect.any(String),
      match_factors: expect.any(Array),
      mismatch_factors: expect.any(Array),
      scoring_method: "rules",
      score_version: "1.0",
      scored_at: expect.any(String),
      user_interested: null,
      user_applied: false,
      user_feedback: null,
      hidden: false,
      apply_url: expect.stringMatching(new RegExp(`/api/v1/profiles/matches/${userId}/${first.job.id}/apply$`)),
    });
    for (const m of body.matches) if (m.job.company !== "NoLink") expect(m.job.url).toMatch(/^https:\/\//);
    // A list carries the job's essentials only: never its description or raw feed fields.
    expect(Object.keys(first.job).sort()).toEqual(
      ["company", "employment_type", "external_id", "fetched_at", "id", "location", "posted_at", "remote_type", "salary", "seniority", "status", "title", "url"],
    );
    // A page past the end still reports the total; without min_score the student's own threshold applies.
    expect(await (await getMatches("?limit=2&offset=10&min_score=70.0")).json()).toMatchObject({ matches: [], total: 4, offset: 10, min_score: 70 });
    const own = await (await getMatches("?limit=100")).json();
    expect(own.min_score).toBe(60);
    expect(own.matches.every((m: { compatibility_score: number }) => m.compatibility_score >= 60)).toBe(true);
    const fullstack = (await (await getMatches("?limit=100&min_score=0")).json()).matches.find((m: { job: { title: string } }) => m.job.title === "Junior Full Stack Engineer");
    expect(fullstack.job.salary).toEqual({ min: 80000, max: 95000, currency: "USD", period: "year", annual_min: 80000, annual_max: 95000 });

    const remoteOnly = await (await getMatches("?remote=true&limit=100&min_score=0")).json();
    expect(remoteOnly.matches.map((m: { job: { title: string } }) => m.job.title)).toEqual(["Backend Developer"]);
    const interns = await (await getMatches("?job_type=internship&limit=100&min_score=0")).json();
    expect(interns.matches.every((m: { job: { employment_type: string } }) => m.job.employment_type === "internship")).toBe(true);

    const asAdmin = await getMatches("?limit=100&min_score=0", admin);
    expect(asAdmin.status).toBe(200);
    // Every stored row with min_score=0: the four matches and the nurse job stored below the threshold.
    expect((await asAdmin.json()).total).toBe(5);
  });

  it("records feedback, validates it, and 404s for a job the student has no match for", async () => {
    const intern = job("Software Engineer Intern");
    const res = await feedback(intern.id, { feedback: "applied" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ job: { id: intern.id }, user_applied: true, user_interested: true, user_feedback: "applied", hidden: false });

    const bad = await feedback(intern.id, { feedback: "interested", reason: "salary" });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.message).toMatch(/^reason: /);
    expect((await feedback(intern.id, { feedback: "meh" })).status).toBe(422);
    const badId = await feedback("abc", { feedback: "interested" });
    expect(badId.status).toBe(422);
    expect((await badId.json()).error.message).toMatch(/^job_id: /);
    expect((await feedback(job("Staff Software Engineer").id, { feedback: "interested" })).status).toBe(404); // gated: never stored

    const backend = job("Backend Developer");
    const no = await (await feedback(backend.id, { feedback: "not_interested", reason: "salary" })).json();
    expect(no).toMatchObject({ hidden: true, user_interested: false, user_feedback: "not_interested", feedback_reason: "salary", feedback_at: expect.any(String) });
    const visible = await (await getMatches("?limit=100&min_score=0")).json();
    expect(visible.matches.map((m: { job: { id: number } }) => m.job.id)).not.toContain(backend.id);
    const withHidden = await (await getMatches("?limit=100&min_score=0&include_hidden=true")).json();
    expect(withHidden.matches.map((m: { job: { id: number } }) => m.job.id)).toContain(backend.id);
  });

  it("redirects the tracked apply link to the stored URL only, recording the first click", async () => {
    const intern = job("Software Engineer Intern");
    const res = await apply(intern.id, "?url=https://evil.example.com/phish&next=https://evil.example.com");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(intern.url);
    const firstClick = (await getScore(userId, intern.id))?.clicked_at;
    expect(firstClick).toBeInstanceOf(Date);
    await new Promise((r) => setTimeout(r, 5));
    await apply(intern.id);
    expect((await getScore(userId, intern.id))?.clicked_at?.getTime()).toBe(firstClick!.getTime());

    expect((await apply(job("Staff Software Engineer").id)).status).toBe(404); // not a match (gated)
    const unsafe = jobs.find((j) => j.company === "NoLink")!;
    expect(await getScore(userId, unsafe.id)).toBeDefined();
    expect((await apply(unsafe.id)).status).toBe(404); // a javascript: URL is never a redirect target
  });
});
