import { beforeAll, describe, expect, it } from "vitest";
import { GET as getJob } from "@/app/api/v1/jobs/[job_id]/route";
import { POST as refresh } from "@/app/api/v1/jobs/refresh/route";
import { GET as listJobsRoute } from "@/app/api/v1/jobs/route";
import { DELETE as deleteSourceRoute, PATCH as patchSource } from "@/app/api/v1/jobs/sources/[id]/route";
import { GET as listSources, POST as createSourceRoute } from "@/app/api/v1/jobs/sources/route";
import { createAdmin } from "@/lib/admin/create-admin";
import { resetAuth } from "@/lib/auth";
import { ensureDemoSources } from "@/lib/jobs/seed-demo-sources";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

type Who = { cookie?: string; apiKey?: string };
const json = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const noParams = routeContext({});

describe(`/api/v1/jobs routes (${testDriver})`, () => {
  const student: Who = {};
  const admin: Who = {};

  beforeAll(async () => {
    resetAuth();
    student.cookie = (await signUpAndGetCookie("student@example.com")).cookie;
    admin.apiKey = (await createAdmin({ email: "ops@example.com" })).apiKey;
  });

  it.each([
    ["anonymous", 401],
    ["student", 403],
  ] as const)("admin endpoints answer %s with %i", async (who, status) => {
    const caller = who === "student" ? student : {};
    const responses = await Promise.all([
      listSources(requestWith("/api/v1/jobs/sources", caller), noParams),
      createSourceRoute(requestWith("/api/v1/jobs/sources", { ...caller, ...json({ name: "x", kind: "rss", url: "https://x.example/feed" }) }), noParams),
      patchSource(requestWith("/api/v1/jobs/sources/1", { ...caller, method: "PATCH", body: "{}" }), routeContext({ id: "1" })),
      deleteSourceRoute(requestWith("/api/v1/jobs/sources/1", { ...caller, method: "DELETE" }), routeContext({ id: "1" })),
      refresh(requestWith("/api/v1/jobs/refresh", { ...caller, method: "POST" }), noParams),
    ]);
    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(status));
    expect((await responses[0].json()).error.code).toBe(status === 401 ? "unauthorized" : "forbidden");
  });

  it("lets an admin create, list, update and delete sources; duplicates are 409", async () => {
    const created = await createSourceRoute(requestWith("/api/v1/jobs/sources", { ...admin, ...json({ name: "Acme careers", kind: "greenhouse", url: "acme" }) }), noParams);
    expect(created.status).toBe(201);
    const source = await created.json();
    expect(source).toMatchObject({ name: "Acme careers", kind: "greenhouse", url: "acme", enabled: true, is_demo: false, etag: null, consecutive_failures: 0, items_seen: 0, last_error: null, next_fetch_at: null });

    const duplicate = await createSourceRoute(requestWith("/api/v1/jobs/sources", { ...admin, ...json({ name: "Again", kind: "greenhouse", url: "acme" }) }), noParams);
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error.code).toBe("conflict");

    const list = await (await listSources(requestWith("/api/v1/jobs/sources", admin), noParams)).json();
    expect(list.sources.map((s: { id: number }) => s.id)).toContain(source.id);

    const patched = await patchSource(requestWith(`/api/v1/jobs/sources/${source.id}`, { ...admin, method: "PATCH", body: JSON.stringify({ enabled: false, name: "Acme" }) }), routeContext({ id: String(source.id) }));
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ id: source.id, enabled: false, name: "Acme" });

    const badUrl = await patchSource(requestWith(`/api/v1/jobs/sources/${source.id}`, { ...admin, method: "PATCH", body: JSON.stringify({ kind: "rss" }) }), routeContext({ id: String(source.id) }));
    expect(badUrl.status).toBe(422);
    expect((await badUrl.json()).error.message).toMatch(/^url: must be an http\(s\) feed URL for rss sources/);

    const deleted = await deleteSourceRoute(requestWith(`/api/v1/jobs/sources/${source.id}`, { ...admin, method: "DELETE" }), routeContext({ id: String(source.id) }));
    expect(await deleted.json()).toEqual({ deleted: true, id: source.id });
    const again = await deleteSourceRoute(requestWith(`/api/v1/jobs/sources/${source.id}`, { ...admin, method: "DELETE" }), routeContext({ id: String(source.id) }));
    expect(again.status).toBe(404);
    const missing = await patchSource(requestWith("/api/v1/jobs/sources/99999", { ...admin, method: "PATCH", body: JSON.stringify({ enabled: true }) }), routeContext({ id: "99999" }));
    expect(missing.status).toBe(404);
  });

  it.each([
    [{ name: "", kind: "rss", url: "https://x.example/a" }, /^name: /],
    [{ name: "x".repeat(201), kind: "rss", url: "https://x.example/a" }, /^name: must be at most 200/],
    [{ name: "X", kind: "indeed", url: "https://x.example/a" }, /^kind: must be one of rss, atom, greenhouse, lever, ashby/],
    [{ name: "X", kind: "rss", url: "ftp://x.example/a" }, /^url: must be an http:\/\/ or https:\/\/ URL/],
    [{ name: "X", kind: "rss", url: "file:///etc/passwd" }, /^url: must be an http/],
    [{ name: "X", kind: "rss", url: "acme" }, /^url: must be an http\(s\) feed URL for rss sources/],
    [{ name: "X", kind: "lever", url: "bad token!" }, /^url: must be a lever board token/],
    [{ name: "X", kind: "rss", url: "demo://hirely.rss.xml" }, /^url: demo:\/\/ URLs are reserved/],
    [{ name: "X", kind: "rss", url: "https://x.example/a", color: "red" }, /unknown field: color/],
    [{ kind: "rss", url: "https://x.example/a" }, /^name: /],
  ])("refuses a bad source body with 422 naming the field (%j)", async (body, message) => {
    const res = await createSourceRoute(requestWith("/api/v1/jobs/sources", { ...admin, ...json(body) }), noParams);
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(message);
  });

  it.each(["abc", "0", "-3", "1.5"])("refuses source id %s with 422 naming id", async (id) => {
    const res = await deleteSourceRoute(requestWith(`/api/v1/jobs/sources/${id}`, { ...admin, method: "DELETE" }), routeContext({ id }));
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/^id: must be a positive integer/);
  });

  describe("with the demo jobs loaded", () => {
    let demoSourceId = 0;
    beforeAll(async () => {
      await ensureDemoSources({ enabled: true });
      const res = await refresh(requestWith("/api/v1/jobs/refresh", { ...admin, method: "POST" }), noParams);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.sources).toHaveLength(8);
      expect(body.totals).toMatchObject({ sources: 8, fetched: 114, errors: 0 });
      demoSourceId = body.sources[0].source_id;
    });

    it("refreshes one source on request, with per-source counts", async () => {
      const res = await refresh(requestWith(`/api/v1/jobs/refresh?source_id=${demoSourceId}`, { ...admin, method: "POST" }), noParams);
      const body = await res.json();
      expect(body.sources).toEqual([expect.objectContaining({ source_id: demoSourceId, status: "not_modified", fetched: 0, new: 0, updated: 0, duplicates: 0, skipped: 0, errors: 0 })]);
      expect(typeof body.duration_ms).toBe("number");
      expect((await refresh(requestWith("/api/v1/jobs/refresh?source_id=424242", { ...admin, method: "POST" }), noParams)).status).toBe(404);
      const bad = await refresh(requestWith("/api/v1/jobs/refresh?source_id=x", { ...admin, method: "POST" }), noParams);
      expect(bad.status).toBe(422);
      expect((await bad.json()).error.message).toMatch(/^source_id: /);
    });

    const list = async (query: string, who: Who = student) => listJobsRoute(requestWith(`/api/v1/jobs${query}`, who), noParams);

    it("lists open jobs newest first with the total, for any signed-in user", async () => {
      expect((await list("", {})).status).toBe(401);
      const res = await list("?limit=5");
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.total).toBeGreaterThanOrEqual(100);
      expect(body.jobs).toHaveLength(5);
      expect(body).toMatchObject({ limit: 5, offset: 0 });
      const dates = body.jobs.map((j: { posted_at: string }) => Date.parse(j.posted_at));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      const job = body.jobs[0];
      expect(Object.keys(job)).toEqual(expect.arrayContaining(["id", "title", "company", "location", "remote_type", "salary_annual_min", "required_skills", "source_urls", "fetched_at", "status", "description_snippet"]));
      expect(job).not.toHaveProperty("description");
      expect(job.description_snippet.length).toBeLessThanOrEqual(301);
      expect(job.status).toBe("open");

      const page2 = await (await list("?limit=5&offset=5")).json();
      expect(page2.total).toBe(body.total);
      expect(page2.jobs[0].id).not.toBe(job.id);

      const all = await (await list("?limit=100&status=all")).json();
      expect(all.total).toBe(body.total + 2); // the demo feeds close two jobs
    });

    it("filters by remote, job type, seniority, text and date", async () => {
      const remote = await (await list("?remote=true&limit=100")).json();
      expect(remote.total).toBeGreaterThan(0);
      expect(remote.jobs.every((j: { remote_type: string }) => j.remote_type === "remote")).toBe(true);
      const onsite = await (await list("?remote=false&limit=1")).json();
      const total = (await (await list("?limit=1")).json()).total;
      expect(remote.total + onsite.total).toBe(total);

      const interns = await (await list("?job_type=internship&limit=100")).json();
      expect(interns.total).toBeGreaterThan(0);
      expect(interns.jobs.every((j: { employment_type: string }) => j.employment_type === "internship")).toBe(true);
      const seniors = await (await list("?seniority=senior&limit=100")).json();
      expect(seniors.total).toBeGreaterThan(0);
      expect(seniors.jobs.every((j: { seniority: string }) => j.seniority === "senior")).toBe(true);

      const nurses = await (await list("?q=nurse&limit=100")).json();
      expect(nurses.total).toBeGreaterThan(0);
      expect(nurses.total).toBeLessThan(total);
      expect((await (await list("?q=%25%25zzqq")).json()).total).toBe(0);
      expect((await (await list("?since=2999-01-01")).json()).total).toBe(0);
      expect((await (await list("?since=2000-01-01T00:00:00Z")).json()).total).toBe(total);
    });

    it.each([
      ["?limit=0", /^limit: /],
      ["?limit=101", /^limit: /],
      ["?offset=-1", /^offset: /],
      ["?remote=maybe", /^remote: must be true or false/],
      ["?job_type=gig", /^job_type: must be one of/],
      ["?seniority=guru", /^seniority: must be one of/],
      ["?since=yesterday", /^since: must be an ISO 8601 date/],
      [`?q=${"a".repeat(201)}`, /^q: must be at most 200/],
    ])("refuses %s with 422 naming the parameter", async (query, message) => {
      const res = await list(query);
      expect(res.status).toBe(422);
      expect((await res.json()).error.message).toMatch(message);
    });

    it("shows one job with its full description", async () => {
      const [first] = (await (await list("?limit=1")).json()).jobs;
      const res = await getJob(requestWith(`/api/v1/jobs/${first.id}`, student), routeContext({ job_id: String(first.id) }));
      const job = await res.json();
      expect(job.id).toBe(first.id);
      expect(job.description.length).toBeGreaterThan(job.description_snippet.length - 2);
      expect((await getJob(requestWith("/api/v1/jobs/999999", student), routeContext({ job_id: "999999" }))).status).toBe(404);
      expect((await getJob(requestWith("/api/v1/jobs/x", student), routeContext({ job_id: "x" }))).status).toBe(422);
    });
  });
});
