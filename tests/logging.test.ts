import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/profiles/parse-text/[user_id]/route";
import { resetEnvCache } from "@/lib/env";
import { log, resetLogger } from "@/lib/logger";
import { parseResumeLocally } from "@/lib/resume/local-parser";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";
import { completionReply, errorReply, type FakeOpenAi, startFakeOpenAi } from "@/tests/fake-openai-server";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const RESUME = readFileSync("lib/resume/corpus/01-software-student.txt", "utf8");
const RESUME_EMAIL = "maya.patel@umich.edu";
const ACCOUNT_EMAIL = "logged@example.com";
let fake: FakeOpenAi;
let restoreEnv: () => void;
let lines: string[] = [];
const savedLevel = process.env.LOG_LEVEL;

beforeAll(async () => {
  process.env.LOG_LEVEL = "debug";
  resetEnvCache();
  resetLogger({ write: (chunk: string) => void lines.push(...chunk.split("\n").filter(Boolean)) });
  fake = await startFakeOpenAi();
  restoreEnv = setOpenAiEnv(fake.baseUrl);
});
afterAll(async () => {
  restoreEnv();
  await fake.close();
  if (savedLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = savedLevel;
  resetEnvCache();
  resetLogger();
});

describe(`structured logs (${testDriver})`, () => {
  it("a resume parse logs the AI call at debug, every line with the request id, and no resume text, address or key", async () => {
    const { cookie, userId } = await signUpAndGetCookie(ACCOUNT_EMAIL);
    lines = [];
    fake.enqueue(completionReply(JSON.stringify(parseResumeLocally(RESUME))), errorReply(500, `boom for ${RESUME_EMAIL}`));
    for (const id of ["req-parse-1", "req-parse-2"]) {
      const res = await POST(
        requestWith(`/api/v1/profiles/parse-text/${userId}`, { method: "POST", cookie, body: JSON.stringify({ resume_text: RESUME }), headers: { "content-type": "application/json", "x-request-id": id } }),
        routeContext({ user_id: userId }),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("x-request-id")).toBe(id);
    }
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const aiCalls = entries.filter((e) => e.msg === "ai call");
    expect(aiCalls).toHaveLength(2);
    expect(aiCalls[0]).toMatchObject({ level: 20, operation: "parse_resume", model: "gpt-4o-mini-2024-07-18", tokensIn: 1800, tokensCached: 1024, tokensOut: 420, ok: true, requestId: "req-parse-1" });
    expect(aiCalls[0].latencyMs).toEqual(expect.any(Number));
    expect(aiCalls[1]).toMatchObject({ ok: false, requestId: "req-parse-2" });
    // Every line written while handling a request carries that request's id.
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const e of entries) expect(["req-parse-1", "req-parse-2"]).toContain(e.requestId);
    expect(entries.filter((e) => e.msg === "request").map((e) => e.requestId)).toEqual(["req-parse-1", "req-parse-2"]);

    const dump = lines.join("\n");
    expect(dump).not.toContain(RESUME_EMAIL);
    expect(dump).not.toContain(ACCOUNT_EMAIL);
    expect(dump).not.toContain("sk-test-fake");
    expect(dump).not.toContain("(734) 555-0192");
    for (const line of RESUME.split("\n").filter((l) => l.trim().length > 30)) expect(dump).not.toContain(line.trim());
  });

  it("honours LOG_LEVEL (info hides debug lines) and redacts secrets and addresses by key", () => {
    process.env.LOG_LEVEL = "info";
    resetEnvCache();
    resetLogger({ write: (chunk: string) => void lines.push(...chunk.split("\n").filter(Boolean)) });
    lines = [];
    log.debug({ operation: "parse_resume" }, "ai call");
    log.info({ apiKey: "sk-live-secret", email: "a@b.c", nested: { to: "x@y.z", resume_text: "R" } }, "hello");
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ msg: "hello", apiKey: "[redacted]", email: "[redacted]", nested: { to: "[redacted]", resume_text: "[redacted]" } });
    expect(entry.requestId).toBeUndefined();
  });

  it("a failed query's error is logged without its bound parameters", () => {
    lines = [];
    const err = new Error(`Failed query: insert into job_scores (user_id) values ($1)\nparams: [{"user_id":"u1","ai_reasoning":"Strong match for ${RESUME_EMAIL}"}]`);
    log.error({ err, rows: 1 }, "storing a batch of scores failed");
    const [entry] = lines.map((l) => JSON.parse(l) as { err: { message: string; stack: string } });
    expect(entry.err.message).toBe("Failed query: insert into job_scores (user_id) values ($1)\nparams: [omitted]");
    expect(lines.join("\n")).not.toContain(RESUME_EMAIL);
    expect(entry.err.stack).toContain("params: [omitted]");
  });
});
