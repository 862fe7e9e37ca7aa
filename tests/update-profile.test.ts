import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as parseText } from "@/app/api/v1/profiles/parse-text/[user_id]/route";
import { GET, PUT } from "@/app/api/v1/profiles/profile/[user_id]/route";
import { getProfileByUserId } from "@/db/queries/profiles";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const RESUME = readFileSync("lib/resume/corpus/01-software-student.txt", "utf8");
let cookie = "";
let userId = "";
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setOpenAiEnv(null);
  ({ cookie, userId } = await signUpAndGetCookie("editor@example.com"));
});
afterAll(() => restoreEnv());

const put = (body: unknown, as = userId, withCookie = cookie) =>
  PUT(
    requestWith(`/api/v1/profiles/profile/${as}`, {
      method: "PUT",
      cookie: withCookie,
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    routeContext({ user_id: as }),
  );
const paste = (text: string) =>
  parseText(
    requestWith(`/api/v1/profiles/parse-text/${userId}`, {
      method: "POST",
      cookie,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ resume_text: text }).toString(),
    }),
    routeContext({ user_id: userId }),
  );

describe(`PUT /api/v1/profiles/profile/{user_id} (${testDriver})`, () => {
  it("creates the profile when missing (201) from the original nested body", async () => {
    const res = await put({
      personal_info: { full_name: "John Smith", location: "San Francisco, CA" },
      preferences: { desired_roles: ["Senior Software Engineer"], salary_range: { min: 120000, max: 160000 } },
    });
    expect(res.status).toBe(201);
    const profile = await res.json();
    expect(profile).toMatchObject({
      user_id: userId,
      full_name: "John Smith",
      location: "San Francisco, CA",
      desired_roles: ["Senior Software Engineer"],
      salary_range_min: 120000,
      salary_range_max: 160000,
    });
    expect(profile.edited_fields.sort()).toEqual(["desired_roles", "full_name", "location", "salary_range_max", "salary_range_min"]);
  });

  it("updates only what it names, trims and dedupes lists case-insensitively (200)", async () => {
    const res = await put({ skills: { programming_languages: [" Python ", "python", "Go", ""] }, preferences: { job_types: ["internship", "internship"], timezone: "Europe/Berlin" } });
    expect(res.status).toBe(200);
    const profile = await res.json();
    expect(profile.programming_languages).toEqual(["Python", "Go"]);
    expect(profile.job_types).toEqual(["internship"]);
    expect(profile.timezone).toBe("Europe/Berlin");
    expect(profile.full_name).toBe("John Smith");
    expect(profile.edited_fields).toContain("programming_languages");
    expect(profile.edited_fields).not.toContain("timezone"); // settings are never parsed
  });

  it("names unknown fields at any level in the 422", async () => {
    const res = await put({ personal_info: { full_name: "X", nickname: "J" }, preferences: { salary_range: { min: 1, currency: "USD" } }, hobbies: [] });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe("validation_error");
    expect(error.message).toContain("personal_info.nickname");
    expect(error.message).toContain("preferences.salary_range.currency");
    expect(error.message).toContain("hobbies");
  });

  it.each([
    ["min > max in one body", { preferences: { salary_range: { min: 200000, max: 100000 } } }, /salary_range: min must not be greater than max/],
    ["min above the stored max", { preferences: { salary_range: { min: 170000 } } }, /salary_range: min \(170000\)/],
    ["a bad time zone", { preferences: { timezone: "Mars/Olympus" } }, /preferences\.timezone/],
    ["an unknown job type", { preferences: { job_types: ["gig"] } }, /preferences\.job_types\.0/],
    ["years out of range", { experience: { years_of_experience: 99 } }, /experience\.years_of_experience/],
    ["a bad email", { personal_info: { email: "not-an-email" } }, /personal_info\.email/],
  ])("refuses %s with 422", async (_name, body, message) => {
    const res = await put(body);
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(message);
  });

  it("refuses a body that is not JSON with 400", async () => {
    const res = await put("{nope");
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("bad_request");
  });

  it("keeps hand-edited fields through a re-parse and updates the rest", async () => {
    const first = await (await paste(RESUME)).json();
    expect(first.profile.full_name).toBe("John Smith"); // edited before the first parse
    expect(first.profile.institutions).toContain("University of Michigan");
    expect(first.profile.programming_languages).toEqual(["Python", "Go"]);

    await put({ personal_info: { email: "john@personal.dev" }, education: { institutions: ["Michigan"] } });
    const again = await (await paste(RESUME.replace("Duo Security", "Cisco Duo"))).json();
    expect(again.profile).toMatchObject({ full_name: "John Smith", email: "john@personal.dev", institutions: ["Michigan"], programming_languages: ["Python", "Go"] });
    expect(again.profile.companies).toContain("Cisco Duo");
    const stored = await getProfileByUserId(userId);
    expect(stored?.email).toMatch(/^enc:v1:/);
  });

  it("does not mark a field edited when the value did not change", async () => {
    const before = (await getProfileByUserId(userId))!.edited_fields;
    const companies = (await getProfileByUserId(userId))!.companies;
    const res = await put({ experience: { companies } });
    expect((await res.json()).edited_fields).toEqual(before);
  });

  it("refuses another student's profile with 403", async () => {
    const other = await signUpAndGetCookie("nosy@example.com");
    expect((await put({ personal_info: { full_name: "Hacked" } }, userId, other.cookie)).status).toBe(403);
    const res = await GET(requestWith(`/api/v1/profiles/profile/${userId}`, { cookie }), routeContext({ user_id: userId }));
    expect((await res.json()).full_name).toBe("John Smith");
  });
});
