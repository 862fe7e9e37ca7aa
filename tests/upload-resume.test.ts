import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/profiles/upload-resume/[user_id]/route";
import { getProfileByUserId } from "@/db/queries/profiles";
import { renderResumeDocx } from "@/lib/resume/fixtures/render-docx";
import { renderDrawingOnlyPdf, renderManyPagePdf, renderResumePdf } from "@/lib/resume/fixtures/render-pdf";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const RESUME = readFileSync("lib/resume/corpus/01-software-student.txt", "utf8");
const TWO_COLUMN = readFileSync("lib/resume/corpus/15-two-column-data-student.txt", "utf8");
let cookie = "";
let userId = "";
let restoreEnv = () => {};
afterAll(() => restoreEnv());

beforeAll(async () => {
  restoreEnv = setOpenAiEnv(null); // the local parser: these tests are about files, not the model
  ({ cookie, userId } = await signUpAndGetCookie("uploader@example.com"));
});

function upload(bytes: Uint8Array | null, { filename = "resume.pdf", type = "application/pdf", as = userId, withCookie = cookie } = {}) {
  const form = new FormData();
  if (bytes) form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), filename);
  return POST(requestWith(`/api/v1/profiles/upload-resume/${as}`, { method: "POST", body: form, cookie: withCookie }), routeContext({ user_id: as }));
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  return body.error as { code: string; message: string; details?: { reason?: string } };
}

function twoColumnPdf() {
  const [header, ...rest] = TWO_COLUMN.split(/\n\s*\n/);
  const [left, right] = rest.join("\n\n").split("=== RIGHT COLUMN ===");
  return renderResumePdf({ header, body: left.trim(), right: right.trim() });
}

describe(`POST /api/v1/profiles/upload-resume/{user_id} (${testDriver})`, () => {
  it("parses a real PDF into a stored profile", async () => {
    const [header, ...rest] = RESUME.split(/\n\s*\n/);
    const res = await upload(await renderResumePdf({ header, body: rest.join("\n\n") }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.parse).toMatchObject({ method: "local", model: null, source: "upload" });
    expect(body.parse.fallback_reason).toBeUndefined();
    expect(body.profile).toMatchObject({ user_id: userId, full_name: "Maya Patel", email: "maya.patel@umich.edu", parse_method: "local" });
    expect(body.profile.programming_languages).toEqual(expect.arrayContaining(["Python", "Java"]));
    expect(body.profile.resume_text_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.profile.last_resume_upload).not.toBeNull();
  });

  it("reads a two-column PDF", async () => {
    const res = await upload(await twoColumnPdf());
    expect(res.status).toBe(200);
    const { profile } = await res.json();
    expect(profile.full_name).toBeTruthy();
    expect(profile.programming_languages.length + profile.tools_platforms.length).toBeGreaterThan(2);
    expect(profile.institutions.length).toBeGreaterThan(0);
  });

  it("reads a DOCX, whatever its name and Content-Type say", async () => {
    const res = await upload(await renderResumeDocx(RESUME), { filename: "../../etc/passwd", type: "image/png" });
    expect(res.status).toBe(200);
    expect((await res.json()).profile.full_name).toBe("Maya Patel");
  });

  it("reads a plain-text file", async () => {
    const res = await upload(new TextEncoder().encode(RESUME), { filename: "resume.txt", type: "text/plain" });
    expect(res.status).toBe(200);
    expect((await res.json()).profile.companies).toContain("Duo Security");
  });

  it("refuses a scanned (image-only) PDF with 422 and a student-facing message, storing nothing made up", async () => {
    const { userId: fresh, cookie: freshCookie } = await signUpAndGetCookie("scanner@example.com");
    const error = await expectError(await upload(await renderDrawingOnlyPdf(), { as: fresh, withCookie: freshCookie }), 422, "unprocessable_file");
    expect(error.message).toMatch(/scanned image/);
    expect(error.details?.reason).toBe("no_text");
    expect(await getProfileByUserId(fresh)).toBeUndefined();
  });

  it("refuses a PDF over 10 pages", async () => {
    const error = await expectError(await upload(await renderManyPagePdf(11)), 422, "unprocessable_file");
    expect(error.details?.reason).toBe("too_many_pages");
  });

  it("refuses a 6 MB file with 413", async () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x41);
    await expectError(await upload(big, { filename: "resume.txt", type: "text/plain" }), 413, "payload_too_large");
  });

  it("refuses a text file with far more text than a resume", async () => {
    const long = new TextEncoder().encode(`${RESUME}\n${"Lorem ipsum dolor sit amet. ".repeat(3000)}`);
    const error = await expectError(await upload(long, { filename: "resume.txt", type: "text/plain" }), 422, "unprocessable_file");
    expect(error.details?.reason).toBe("too_much_text");
  });

  it("refuses early by Content-Length", async () => {
    const req = requestWith(`/api/v1/profiles/upload-resume/${userId}`, {
      method: "POST",
      cookie,
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
      body: "--x--",
    });
    await expectError(await POST(req, routeContext({ user_id: userId })), 413, "payload_too_large");
  });

  it("refuses a renamed .exe with 415 naming the accepted types", async () => {
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]); // "MZ" header
    const error = await expectError(await upload(exe, { filename: "resume.pdf", type: "application/pdf" }), 415, "unsupported_media_type");
    expect(error.message).toMatch(/PDF.*Word \(\.docx\).*plain-text/);
  });

  it("refuses an empty file and a request with no file", async () => {
    await expectError(await upload(new Uint8Array(0), { filename: "empty.pdf" }), 422, "unprocessable_file");
    await expectError(await upload(null), 422, "validation_error");
    const empty = requestWith(`/api/v1/profiles/upload-resume/${userId}`, { method: "POST", cookie });
    await expectError(await POST(empty, routeContext({ user_id: userId })), 400, "bad_request");
  });

  it("answers 401 for anonymous callers and 403 for another student's id", async () => {
    const pdf = new TextEncoder().encode(RESUME);
    await expectError(await upload(pdf, { withCookie: "" }), 401, "unauthorized");
    await expectError(await upload(pdf, { as: "someone-else" }), 403, "forbidden");
  });
});
