import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { upsertProfile } from "@/db/queries/profiles";
import { authApiKeys, dailyDigests, emailOutbox, jobListings, jobScores, jobSources } from "@/db/schema";
import { createAdmin } from "@/lib/admin/create-admin";
import { getAuth, resetAuth } from "@/lib/auth";
import { routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

/**
 * Every route in app/api, found by walking the folder, must have an entry
 * here: a new route without one fails this suite. Each (route, method) is
 * called as anonymous, the owner, another student, an admin and a revoked
 * API key, and must answer with the expected status.
 */
useTestDb();

type Who = "anonymous" | "owner" | "other" | "admin" | "revoked";
const CALLERS: Who[] = ["anonymous", "owner", "other", "admin", "revoked"];
type Ctx = { victimId?: string; ownerId: string; otherId: string; jobId: number; digestId: number; outboxId: number; sourceId: number; seq: number };
type Call = { path: string; params: Record<string, string>; body?: BodyInit; contentType?: string };
type Entry = {
  /** owner: the {user_id} in the path must be the caller (or an admin); admin: admins only; user: anyone signed in; open: no session by design. */
  access: "owner" | "admin" | "user" | "open";
  call: (ctx: Ctx, who: Who) => Call;
  /** The status a permitted caller gets (the refused ones are implied by `access`), or explicit statuses per caller. */
  ok: number | Partial<Record<Who, number>>;
  /** Runs before each caller's request (destructive routes re-create what they remove). */
  setup?: (ctx: Ctx) => Promise<void>;
  /** Use other credentials for some callers (e.g. throwaway accounts for a route that deletes the caller). */
  credentials?: (who: Who) => Promise<{ cookie?: string; apiKey?: string } | undefined>;
  why?: string;
};

const json = (value: unknown) => ({ body: JSON.stringify(value), contentType: "application/json" });
const RESUME = "Sam Student\nsam@example.com\nSKILLS\nPython, SQL, React\nEXPERIENCE\nSoftware Engineering Intern | Acme | May 2025 - Aug 2025";

const MATRIX: Record<string, Entry> = {
  "GET /api/health": { access: "open", call: () => ({ path: "/api/health", params: {} }), ok: 200 },
  "GET /api/auth/[...all]": {
    access: "open",
    call: () => ({ path: "/api/auth/get-session", params: { all: "get-session" } }),
    ok: 200,
    why: "better-auth's own handler (sign-up, sign-in, sessions, keys) — it authenticates its own endpoints",
  },
  "POST /api/auth/[...all]": {
    access: "open",
    call: () => ({ path: "/api/auth/sign-in/email", params: { all: "sign-in/email" }, ...json({ email: "nobody@example.com", password: "wrong-password" }) }),
    ok: 401,
  },
  "GET /api/inngest": { access: "open", call: () => ({ path: "/api/inngest", params: {} }), ok: { anonymous: 500, owner: 500, other: 500, admin: 500, revoked: 500 }, why: "Inngest's serve handler verifies Inngest's signature; unconfigured it refuses everyone" },
  "POST /api/inngest": { access: "open", call: () => ({ path: "/api/inngest?fnId=jobmatch-cleanup&stepId=step", params: {}, ...json({}) }), ok: { anonymous: 500, owner: 500, other: 500, admin: 500, revoked: 500 } },
  "PUT /api/inngest": { access: "open", call: () => ({ path: "/api/inngest", params: {}, ...json({}) }), ok: { anonymous: 500, owner: 500, other: 500, admin: 500, revoked: 500 } },
  "POST /api/internal/cli": {
    access: "open",
    call: () => ({ path: "/api/internal/cli", params: {}, ...json({ command: "pipeline", args: { job: "cleanup" } }) }),
    ok: { anonymous: 401, owner: 401, other: 401, admin: 401, revoked: 401 },
    why: "only the local CLI with the running app's token file",
  },

  "GET /api/v1/profiles/profile/[user_id]": { access: "owner", call: (c) => ({ path: `/api/v1/profiles/profile/${c.ownerId}`, params: { user_id: c.ownerId } }), ok: 200 },
  "PUT /api/v1/profiles/profile/[user_id]": {
    access: "owner",
    call: (c) => ({ path: `/api/v1/profiles/profile/${c.ownerId}`, params: { user_id: c.ownerId }, ...json({ personal_info: { location: "Austin, TX" } }) }),
    ok: 200,
  },
  "DELETE /api/v1/profiles/profile/[user_id]": {
    access: "owner",
    setup: (c) => ensureOwnerProfile(c),
    call: (c) => ({ path: `/api/v1/profiles/profile/${c.ownerId}`, params: { user_id: c.ownerId } }),
    ok: 200,
  },
  "POST /api/v1/profiles/parse-text/[user_id]": {
    access: "owner",
    call: (c) => ({ path: `/api/v1/profiles/parse-text/${c.ownerId}`, params: { user_id: c.ownerId }, ...json({ resume_text: RESUME }) }),
    ok: 200,
  },
  "POST /api/v1/profiles/upload-resume/[user_id]": {
    access: "owner",
    call: (c) => {
      const form = new FormData();
      form.set("file", new File([RESUME], "resume.txt", { type: "text/plain" }));
      return { path: `/api/v1/profiles/upload-resume/${c.ownerId}`, params: { user_id: c.ownerId }, body: form };
    },
    ok: 200,
  },
  "GET /api/v1/profiles/users": { access: "admin", call: () => ({ path: "/api/v1/profiles/users?limit=5", params: {} }), ok: 200 },
  "GET /api/v1/profiles/matches/[user_id]": { access: "owner", call: (c) => ({ path: `/api/v1/profiles/matches/${c.ownerId}?min_score=0`, params: { user_id: c.ownerId } }), ok: 200 },
  "POST /api/v1/profiles/score-jobs/[user_id]": {
    access: "owner",
    setup: (c) => ensureOwnerProfile(c),
    call: (c) => ({ path: `/api/v1/profiles/score-jobs/${c.ownerId}`, params: { user_id: c.ownerId } }),
    ok: 200,
  },
  "POST /api/v1/profiles/matches/[user_id]/[job_id]/feedback": {
    access: "owner",
    setup: (c) => ensureOwnerScore(c),
    call: (c) => ({
      path: `/api/v1/profiles/matches/${c.ownerId}/${c.jobId}/feedback`,
      params: { user_id: c.ownerId, job_id: String(c.jobId) },
      ...json({ feedback: "interested" }),
    }),
    ok: 200,
  },
  "GET /api/v1/profiles/matches/[user_id]/[job_id]/apply": {
    access: "owner",
    setup: (c) => ensureOwnerScore(c),
    call: (c) => ({ path: `/api/v1/profiles/matches/${c.ownerId}/${c.jobId}/apply`, params: { user_id: c.ownerId, job_id: String(c.jobId) } }),
    ok: 302,
  },
  "GET /api/v1/profiles/digests/[user_id]": { access: "owner", call: (c) => ({ path: `/api/v1/profiles/digests/${c.ownerId}`, params: { user_id: c.ownerId } }), ok: 200 },
  "GET /api/v1/profiles/digests/[user_id]/[digest_id]": {
    access: "owner",
    setup: (c) => ensureOwnerDigest(c),
    call: (c) => ({ path: `/api/v1/profiles/digests/${c.ownerId}/${c.digestId}`, params: { user_id: c.ownerId, digest_id: String(c.digestId) } }),
    ok: 200,
  },
  "GET /api/v1/profiles/settings/[user_id]": { access: "owner", setup: (c) => ensureOwnerProfile(c), call: (c) => ({ path: `/api/v1/profiles/settings/${c.ownerId}`, params: { user_id: c.ownerId } }), ok: 200 },
  "PUT /api/v1/profiles/settings/[user_id]": {
    access: "owner",
    setup: (c) => ensureOwnerProfile(c),
    call: (c) => ({ path: `/api/v1/profiles/settings/${c.ownerId}`, params: { user_id: c.ownerId }, ...json({ digest_hour: 8 }) }),
    ok: 200,
  },

  "GET /api/v1/jobs": { access: "user", call: () => ({ path: "/api/v1/jobs?limit=5", params: {} }), ok: 200 },
  "GET /api/v1/jobs/[job_id]": { access: "user", call: (c) => ({ path: `/api/v1/jobs/${c.jobId}`, params: { job_id: String(c.jobId) } }), ok: 200 },
  "GET /api/v1/jobs/sources": { access: "admin", call: () => ({ path: "/api/v1/jobs/sources", params: {} }), ok: 200 },
  "POST /api/v1/jobs/sources": {
    access: "admin",
    call: (c) => ({ path: "/api/v1/jobs/sources", params: {}, ...json({ name: `Feed ${++c.seq}`, kind: "rss", url: `https://jobs.example.com/feed-${c.seq}.xml` }) }),
    ok: 201,
  },
  "PATCH /api/v1/jobs/sources/[id]": {
    access: "admin",
    call: (c) => ({ path: `/api/v1/jobs/sources/${c.sourceId}`, params: { id: String(c.sourceId) }, ...json({ enabled: false }) }),
    ok: 200,
  },
  "DELETE /api/v1/jobs/sources/[id]": {
    access: "admin",
    setup: (c) => ensureSource(c),
    call: (c) => ({ path: `/api/v1/jobs/sources/${c.sourceId}`, params: { id: String(c.sourceId) } }),
    ok: 200,
  },
  "POST /api/v1/jobs/refresh": {
    access: "admin",
    setup: (c) => ensureSource(c),
    call: (c) => ({ path: `/api/v1/jobs/refresh?source_id=${c.sourceId}`, params: {} }),
    ok: 200,
  },

  "GET /api/v1/admin/outbox": { access: "admin", call: () => ({ path: "/api/v1/admin/outbox", params: {} }), ok: 200 },
  "GET /api/v1/admin/outbox/[id]": { access: "admin", call: (c) => ({ path: `/api/v1/admin/outbox/${c.outboxId}`, params: { id: String(c.outboxId) } }), ok: 200 },
  "GET /api/v1/admin/metrics": { access: "admin", call: () => ({ path: "/api/v1/admin/metrics?window=24h", params: {} }), ok: 200 },

  "GET /api/v1/admin/users/[user_id]": { access: "admin", call: (c) => ({ path: `/api/v1/admin/users/${c.ownerId}`, params: { user_id: c.ownerId } }), ok: 200 },
  "DELETE /api/v1/admin/users/[user_id]": {
    access: "admin",
    setup: async (c) => {
      c.victimId = `matrix-victim-${++c.seq}`;
      await upsertProfile({ user_id: c.victimId, full_name: "Victim" });
    },
    call: (c) => ({ path: `/api/v1/admin/users/${c.victimId!}`, params: { user_id: c.victimId! } }),
    ok: 200,
  },
  "POST /api/v1/admin/users/[user_id]/score": {
    access: "admin",
    setup: (c) => ensureOwnerProfile(c),
    call: (c) => ({ path: `/api/v1/admin/users/${c.ownerId}/score`, params: { user_id: c.ownerId } }),
    ok: 200,
  },
  "POST /api/v1/admin/users/[user_id]/digest": {
    access: "admin",
    setup: (c) => ensureOwnerProfile(c),
    call: (c) => ({ path: `/api/v1/admin/users/${c.ownerId}/digest`, params: { user_id: c.ownerId } }),
    ok: 200,
  },

  "GET /api/v1/account/export": { access: "user", call: () => ({ path: "/api/v1/account/export", params: {} }), ok: 200, why: "each caller exports only their own data" },
  "DELETE /api/v1/account": {
    access: "user",
    credentials: async (who) => (who === "owner" || who === "other" ? { cookie: (await signUpAndGetCookie(`throwaway-${who}-${Date.now()}@example.com`)).cookie } : undefined),
    call: () => ({ path: "/api/v1/account", params: {}, ...json({ confirm: "DELETE" }) }),
    ok: { anonymous: 401, owner: 200, other: 200, admin: 403, revoked: 401 },
    why: "deletes the caller's own account (throwaway accounts here); an API key alone may not",
  },

  "GET /api/v1/email/open/[token]": {
    access: "open",
    call: () => ({ path: "/api/v1/email/open/not-a-token", params: { token: "not-a-token" } }),
    ok: { anonymous: 200, owner: 200, other: 200, admin: 200, revoked: 200 },
    why: "a signed token authenticates it; a bad token still gets the pixel and records nothing",
  },
  "GET /api/v1/email/click/[token]": {
    access: "open",
    call: () => ({ path: "/api/v1/email/click/not-a-token", params: { token: "not-a-token" } }),
    ok: { anonymous: 404, owner: 404, other: 404, admin: 404, revoked: 404 },
    why: "a signed token authenticates it; a bad one leads nowhere",
  },
  "POST /api/v1/email/unsubscribe": {
    access: "open",
    call: () => ({ path: "/api/v1/email/unsubscribe?token=forged", params: {}, body: "List-Unsubscribe=One-Click", contentType: "application/x-www-form-urlencoded" }),
    ok: { anonymous: 400, owner: 400, other: 400, admin: 400, revoked: 400 },
    why: "RFC 8058 one-click: no session, a signed token",
  },
  "GET /api/v1/email/unsubscribe": {
    access: "open",
    call: () => ({ path: "/api/v1/email/unsubscribe?token=forged", params: {} }),
    ok: { anonymous: 303, owner: 303, other: 303, admin: 303, revoked: 303 },
    why: "redirects to the confirmation page; never unsubscribes on GET",
  },
  "POST /api/v1/email/resend-webhook": {
    access: "open",
    call: () => ({ path: "/api/v1/email/resend-webhook", params: {}, ...json({ type: "email.bounced", data: {} }) }),
    ok: { anonymous: 503, owner: 503, other: 503, admin: 503, revoked: 503 },
    why: "svix signature required; without RESEND_WEBHOOK_SECRET it is off",
  },
};

/* ───────── fixtures ───────── */

async function ensureOwnerProfile(c: Ctx) {
  await upsertProfile({ user_id: c.ownerId, full_name: "Owner Student", programming_languages: ["Python", "SQL"], desired_roles: ["Data Analyst"] });
}
async function ensureOwnerScore(c: Ctx) {
  await ensureOwnerProfile(c);
  const db = await getDb();
  await db
    .insert(jobScores)
    .values({ user_id: c.ownerId, job_id: c.jobId, compatibility_score: 80 })
    .onConflictDoNothing();
}
async function ensureOwnerDigest(c: Ctx) {
  await ensureOwnerProfile(c);
  const db = await getDb();
  const [row] = await db
    .insert(dailyDigests)
    .values({ user_id: c.ownerId, digest_date: "2026-11-20", digest_title: "Your matches", digest_html: "<p>hi</p>" })
    .onConflictDoUpdate({ target: [dailyDigests.user_id, dailyDigests.digest_date], set: { digest_title: "Your matches" } })
    .returning();
  c.digestId = row.id;
}
async function ensureSource(c: Ctx) {
  const db = await getDb();
  const [row] = await db.insert(jobSources).values({ name: `Src ${++c.seq}`, kind: "rss", url: `demo://missing-${c.seq}.xml`, is_demo: true, enabled: true }).returning();
  c.sourceId = row.id;
}

/* ───────── discovery ───────── */

const API_DIR = path.join(process.cwd(), "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function findRouteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return findRouteFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

async function discoverRoutes() {
  const routes: Array<{ key: string; method: (typeof METHODS)[number]; handler: (req: Request, ctx: unknown) => Promise<Response> }> = [];
  for (const file of findRouteFiles(API_DIR)) {
    const routePath = "/" + path.relative(process.cwd(), path.dirname(file)).split(path.sep).slice(1).join("/");
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof mod[method] === "function") {
        routes.push({ key: `${method} ${routePath.replace(/^\/api/, "/api")}`, method, handler: mod[method] as never });
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

function expectedStatus(entry: Entry, who: Who): number {
  if (typeof entry.ok !== "number") {
    const status = entry.ok[who];
    if (status === undefined) throw new Error(`no expected status for ${who}`);
    return status;
  }
  if (who === "anonymous" || who === "revoked") return entry.access === "open" ? entry.ok : 401;
  if (entry.access === "admin" && who !== "admin") return 403;
  if (entry.access === "owner" && who === "other") return 403;
  return entry.ok;
}

/* ───────── the matrix ───────── */

describe(`authorization matrix over every route in app/api (${testDriver})`, async () => {
  const routes = await discoverRoutes();
  const ctx: Ctx = { ownerId: "", otherId: "", jobId: 0, digestId: 0, outboxId: 0, sourceId: 0, seq: 0 };
  const creds: Record<Who, { cookie?: string; apiKey?: string }> = { anonymous: {}, owner: {}, other: {}, admin: {}, revoked: {} };

  beforeAll(async () => {
    resetAuth();
    const owner = await signUpAndGetCookie("matrix-owner@example.com");
    const other = await signUpAndGetCookie("matrix-other@example.com");
    ctx.ownerId = owner.userId;
    ctx.otherId = other.userId;
    creds.owner = { cookie: owner.cookie };
    creds.other = { cookie: other.cookie };
    creds.admin = { apiKey: (await createAdmin({ email: "matrix-admin@example.com" })).apiKey };
    // The owner's own API key, then revoked.
    const auth = await getAuth();
    const key = await auth.api.createApiKey({ body: { userId: ctx.ownerId, name: "revoked" } });
    const db = await getDb();
    await db.update(authApiKeys).set({ enabled: false }).where(eq(authApiKeys.id, key.id));
    creds.revoked = { apiKey: key.key };

    await ensureOwnerProfile(ctx);
    const [job] = await db.insert(jobListings).values({ dedupe_key: "matrix-job", title: "Data Analyst", company: "Acme", url: "https://jobs.example.com/1" }).returning();
    ctx.jobId = job.id;
    await ensureOwnerScore(ctx);
    await ensureOwnerDigest(ctx);
    await ensureSource(ctx);
    const [msg] = await db
      .insert(emailOutbox)
      .values({ kind: "digest", idempotency_key: "matrix/1", to_address: "a@example.com", from_address: "x@example.com", subject: "s", html: "<p>h</p>", text: "t", provider: "outbox", status: "sent" })
      .returning();
    ctx.outboxId = msg.id;
  });

  it("has an entry for every route and method, and no stale entries", () => {
    const found = routes.map((r) => r.key);
    expect(found.filter((k) => !MATRIX[k]), "routes without a matrix entry").toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !found.includes(k)), "matrix entries without a route").toEqual([]);
  });

  for (const route of routes) {
    const entry = MATRIX[route.key];
    if (!entry) continue;
    it(`${route.key} (${entry.access})`, async () => {
      const got: Partial<Record<Who, number>> = {};
      const want: Partial<Record<Who, number>> = {};
      for (const who of CALLERS) {
        await entry.setup?.(ctx);
        const call = entry.call(ctx, who);
        const cred = (await entry.credentials?.(who)) ?? creds[who];
        const headers = new Headers({ origin: "http://localhost:3000", "x-forwarded-for": `198.51.100.${CALLERS.indexOf(who) + 1}` });
        if (call.contentType) headers.set("content-type", call.contentType);
        if (cred.cookie) headers.set("cookie", cred.cookie);
        if (cred.apiKey) headers.set("authorization", `Bearer ${cred.apiKey}`);
        const req = new Request(new URL(call.path, "http://localhost:3000"), { method: route.method, headers, body: call.body, redirect: "manual" });
        const res = await route.handler(req, routeContext(call.params));
        got[who] = res.status;
        want[who] = expectedStatus(entry, who);
      }
      expect(got).toEqual(want);
    });
  }
});
