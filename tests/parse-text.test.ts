import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/profiles/parse-text/[user_id]/route";
import { GET } from "@/app/api/v1/profiles/profile/[user_id]/route";
import { getDb } from "@/db";
import { listAiCallsForUser } from "@/db/queries/ai-calls";
import { parseResumeLocally } from "@/lib/resume/local-parser";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";
import { completionReply, errorReply, type FakeOpenAi, startFakeOpenAi } from "@/tests/fake-openai-server";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const RESUME = readFileSync("lib/resume/corpus/01-software-student.txt", "utf8");
let fake: FakeOpenAi;
let restoreEnv: () => void;
let cookie = "";
let userId = "";

beforeAll(async () => {
  fake = await startFakeOpenAi();
  restoreEnv = setOpenAiEnv(null);
  ({ cookie, userId } = await signUpAndGetCookie("paster@example.com"));
});
afterAll(async () => {
  restoreEnv();
  await fake.close();
});
beforeEach(() => {
  setOpenAiEnv(null);
  fake.reset();
});

const post = (body: BodyInit | undefined, contentType?: string, as = userId) =>
  POST(
    requestWith(`/api/v1/profiles/parse-text/${as}`, { method: "POST", cookie, body, headers: contentType ? { "content-type": contentType } : {} }),
    routeContext({ user_id: as }),
  );
const form = (text: string) => new URLSearchParams({ resume_text: text }).toString();

describe(`POST /api/v1/profiles/parse-text/{user_id} (${testDriver})`, () => {
  it("parses a form-encoded resume_text (the original curl example)", async () => {
    const res = await post(form(RESUME), "application/x-www-form-urlencoded");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.parse).toMatchObject({ method: "local", model: null, source: "paste" });
    expect(body.profile).toMatchObject({ user_id: userId, full_name: "Maya Patel", parse_method: "local", parse_model: null });
  });

  it("parses a JSON body", async () => {
    const res = await post(JSON.stringify({ resume_text: RESUME }), "application/json");
    expect(res.status).toBe(200);
    expect((await res.json()).profile.institutions).toContain("University of Michigan");
  });

  it("refuses text over 50,000 characters with 413", async () => {
    const res = await post(form("a".repeat(50_001)), "application/x-www-form-urlencoded");
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: "payload_too_large", message: expect.stringMatching(/resume_text: at most 50,000/) });
  });

  it.each([
    ["empty form", form(""), "application/x-www-form-urlencoded"],
    ["whitespace", form("   \n\t "), "application/x-www-form-urlencoded"],
    ["missing field", "other=1", "application/x-www-form-urlencoded"],
    ["JSON number", JSON.stringify({ resume_text: 42 }), "application/json"],
  ])("refuses %s with 422 naming resume_text", async (_name, body, type) => {
    const res = await post(body, type);
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ code: "validation_error", message: expect.stringMatching(/^resume_text: /) });
  });

  it("refuses malformed JSON with 400 and other media types with 415", async () => {
    expect((await post("{nope", "application/json")).status).toBe(400);
    expect((await post("<xml/>", "application/xml")).status).toBe(415);
  });

  it("encrypts email and phone at rest and returns them decrypted", async () => {
    await post(form(RESUME), "application/x-www-form-urlencoded");
    const db = await getDb();
    const rows = await db.execute<{ email: string; phone: string }>(sql`select email, phone from user_profiles where user_id = ${userId}`);
    const [raw] = Array.isArray(rows) ? rows : (rows as unknown as { rows: Array<{ email: string; phone: string }> }).rows;
    expect(raw.email).toMatch(/^enc:v1:/);
    expect(raw.email).not.toContain("maya.patel");
    expect(raw.phone).toMatch(/^enc:v1:/);
    expect(raw.phone).not.toContain("555");
    const res = await GET(requestWith(`/api/v1/profiles/profile/${userId}`, { cookie }), routeContext({ user_id: userId }));
    expect(await res.json()).toMatchObject({ email: "maya.patel@umich.edu", phone: "(734) 555-0192" });
  });

  it("never stores the resume text: no column of any table holds it", async () => {
    const marker = "Zyxwv-unique-line: volunteered at the Quokka rescue every Sunday";
    await post(form(`${RESUME}\n${marker}`), "application/x-www-form-urlencoded");
    const db = await getDb();
    const tables = ["user_profiles", "ai_calls", "job_scores", "daily_digests", "email_outbox", "pipeline_runs"];
    for (const table of tables) {
      const result = await db.execute(sql`select * from ${sql.identifier(table)}`);
      const rows = Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows;
      const dump = JSON.stringify(rows);
      expect(dump).not.toContain("Quokka rescue");
      // Any multi-line stretch of the resume would mean raw text was kept.
      expect(dump).not.toContain(JSON.stringify(RESUME.slice(0, 160)).slice(1, -1));
      expect(dump).not.toContain(JSON.stringify(RESUME.slice(400, 560)).slice(1, -1));
    }
  });

  it("answers with the OpenAI parse and its model when a key is set", async () => {
    setOpenAiEnv(fake.baseUrl);
    fake.enqueue(completionReply(JSON.stringify({ ...parseResumeLocally(RESUME), ai_career_advice: "Apply to backend internships early." })));
    const res = await post(form(RESUME), "application/x-www-form-urlencoded");
    const body = await res.json();
    expect(body.parse).toMatchObject({ method: "openai", model: "gpt-4o-mini-2024-07-18" });
    expect(body.profile).toMatchObject({ parse_method: "openai", parse_model: "gpt-4o-mini-2024-07-18", ai_career_advice: "Apply to backend internships early." });
    expect((await listAiCallsForUser(userId)).at(-1)).toMatchObject({ ok: true, tokens_in: 1800 });
  });

  it("stores the local parse and says why when OpenAI fails", async () => {
    setOpenAiEnv(fake.baseUrl);
    fake.enqueue(errorReply(500, "boom"));
    const res = await post(form(RESUME), "application/x-www-form-urlencoded");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.parse).toMatchObject({ method: "local", model: null, fallback_reason: "server_error" });
    expect(body.profile).toMatchObject({ full_name: "Maya Patel", parse_method: "local", parse_model: null });
    expect((await listAiCallsForUser(userId)).at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/^server_error/) });
  });
});
