import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE } from "@/app/api/v1/profiles/profile/[user_id]/route";
import { GET as listUsers } from "@/app/api/v1/profiles/users/route";
import { getDb } from "@/db";
import { saveProfileWith, upsertProfile } from "@/db/queries/profiles";
import { dailyDigests, jobListings, jobScores, userProfiles } from "@/db/schema";
import { createAdmin } from "@/lib/admin/create-admin";
import { encryptField } from "@/lib/crypto";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

let adminKey = "";
let student = { cookie: "", userId: "" };

beforeAll(async () => {
  adminKey = (await createAdmin({ email: "root@example.com" })).apiKey;
  student = await signUpAndGetCookie("student@example.com", undefined, "Sam Student");
  await signUpAndGetCookie("noprofile@example.com", undefined, "Nora Noprofile");
  await upsertProfile({ user_id: student.userId, full_name: "Sam Student", email: encryptField("sam@resume.dev"), programming_languages: ["Python", "SQL"], soft_skills: ["Leadership"], career_level: "student" });
  for (let k = 0; k < 3; k++) await upsertProfile({ user_id: `imported-${k}`, full_name: `Imported ${k}` });
});

const getUsers = (query: string, auth: { apiKey?: string; cookie?: string } = { apiKey: adminKey }) =>
  listUsers(requestWith(`/api/v1/profiles/users${query}`, auth), routeContext({}));

describe(`GET /api/v1/profiles/users (${testDriver})`, () => {
  it("lists accounts and profiles with a summary and the total", async () => {
    const res = await getUsers("?skip=0&limit=100");
    expect(res.status).toBe(200);
    const body = await res.json();
    // admin + student + no-profile account + 3 imported profiles
    expect(body).toMatchObject({ total: 6, skip: 0, limit: 100 });
    expect(body.users).toHaveLength(6);
    const sam = body.users.find((u: { user_id: string }) => u.user_id === student.userId);
    expect(sam).toMatchObject({ full_name: "Sam Student", email: "sam@resume.dev", career_level: "student", skills_count: 3, has_account: true, has_profile: true });
    const nora = body.users.find((u: { full_name: string }) => u.full_name === "Nora Noprofile");
    expect(nora).toMatchObject({ email: "noprofile@example.com", has_account: true, has_profile: false, skills_count: 0 });
    expect(body.users.find((u: { user_id: string }) => u.user_id === "imported-1")).toMatchObject({ has_account: false, has_profile: true });
  });

  it("pages with skip and limit, and caps limit at 100", async () => {
    const page = await (await getUsers("?skip=2&limit=2")).json();
    expect(page).toMatchObject({ total: 6, skip: 2, limit: 2 });
    expect(page.users).toHaveLength(2);
    expect((await (await getUsers("?limit=5000")).json()).limit).toBe(100);
  });

  it.each(["?limit=-1", "?skip=-5", "?limit=abc", "?limit=0"])("refuses %s with 422", async (query) => {
    const res = await getUsers(query);
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe("validation_error");
  });

  it("searches by name, account email or user id", async () => {
    const byName = await (await getUsers("?q=nora")).json();
    expect(byName.users.map((u: { full_name: string }) => u.full_name)).toEqual(["Nora Noprofile"]);
    expect((await (await getUsers("?q=student%40example")).json()).total).toBe(1);
    expect((await (await getUsers("?q=imported-")).json()).total).toBe(3);
    expect((await (await getUsers("?q=%25")).json()).total).toBe(0); // LIKE wildcards are literal
  });

  it("is for admins only", async () => {
    expect((await getUsers("", { cookie: student.cookie })).status).toBe(403);
    expect((await getUsers("", {})).status).toBe(401);
  });
});

describe(`DELETE /api/v1/profiles/profile/{user_id} (${testDriver})`, () => {
  it("removes the profile with its scores and digests", async () => {
    const db = await getDb();
    const [job] = await db.insert(jobListings).values({ dedupe_key: "acme|intern|remote", title: "Intern" }).returning();
    await saveProfileWith(student.userId, () => ({ location: "Ann Arbor" }));
    await db.insert(jobScores).values({ user_id: student.userId, job_id: job.id, compatibility_score: 80 });
    await db.insert(dailyDigests).values({ user_id: student.userId, digest_date: "2026-11-01" });

    const res = await DELETE(requestWith(`/api/v1/profiles/profile/${student.userId}`, { method: "DELETE", cookie: student.cookie }), routeContext({ user_id: student.userId }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: true, user_id: student.userId });
    expect(await db.select().from(userProfiles).where(eq(userProfiles.user_id, student.userId))).toHaveLength(0);
    expect(await db.select().from(jobScores).where(eq(jobScores.user_id, student.userId))).toHaveLength(0);
    expect(await db.select().from(dailyDigests).where(eq(dailyDigests.user_id, student.userId))).toHaveLength(0);
    expect(await db.select().from(jobListings)).toHaveLength(1); // the job itself stays

    const again = await DELETE(requestWith(`/api/v1/profiles/profile/${student.userId}`, { method: "DELETE", cookie: student.cookie }), routeContext({ user_id: student.userId }));
    expect(again.status).toBe(404);
  });
});
