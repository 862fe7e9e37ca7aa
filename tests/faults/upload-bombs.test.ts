import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/profiles/upload-resume/[user_id]/route";
import { getProfileByUserId } from "@/db/queries/profiles";
import { zipBomb } from "@/lib/resume/fixtures/malformed-files";
import { renderResumePdf } from "@/lib/resume/fixtures/render-pdf";
import { requestWith, routeContext, signUpAndGetCookie } from "@/tests/auth";
import { testDriver, useTestDb } from "@/tests/db";
import { setOpenAiEnv } from "@/tests/openai-env";
import {
  docxLyingBomb,
  docxManyEntries,
  pdfCyclicPageTree,
  pdfDeclaringPages,
  pdfDeepPageTree,
  pdfFlateBomb,
  pdfHeaderThenZip,
  pdfNestedArraysInContent,
  pdfNestedDictionaries,
  pdfWithZipAppended,
  zipWithPdfHeaderPolyglot,
} from "./hostile-files";

/**
 * Hostile uploads through the real route handler: each must end in a clean
 * 4xx in the one error shape, quickly, with bounded memory, and store nothing.
 * Wall time and RSS growth are printed as a table for the release note.
 */
useTestDb();

// "A clean 4xx within a second or two": 5 s is a generous bound that still catches a hang (the extractor's own timeout is 10 s).
const MAX_MS = 5_000;
// A resume upload is at most 5 MB; 256 MB of growth means something unpacked a bomb.
const MAX_RSS_MB = 256;

let restoreEnv = () => {};
const figures: { case: string; bytes: number; status: number; code: string; reason: string; ms: number; rssMb: number }[] = [];

beforeAll(async () => {
  restoreEnv = setOpenAiEnv(null);
});
afterAll(() => {
  restoreEnv();
  console.log(`\nHostile uploads (${testDriver}): status, time and RSS growth per case`);
  console.table(figures);
  const worst = figures.reduce((a, b) => (b.ms > a.ms ? b : a), figures[0]);
  const hungriest = figures.reduce((a, b) => (b.rssMb > a.rssMb ? b : a), figures[0]);
  if (worst) console.log(`longest: ${worst.case} ${worst.ms} ms; largest RSS growth: ${hungriest.case} ${hungriest.rssMb} MB`);
});

let n = 0;
function upload(user: { userId: string; cookie: string }, bytes: Uint8Array, filename: string, type: string) {
  const { userId, cookie } = user;
  const form = new FormData();
  form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), filename);
  return POST(requestWith(`/api/v1/profiles/upload-resume/${userId}`, { method: "POST", body: form, cookie }), routeContext({ user_id: userId }));
}

/** Uploads as a fresh student; RSS growth is the larger of a 5 ms sampler's peak and the growth of the process's high-water mark (synchronous work starves the sampler). */
async function measured(name: string, bytes: Uint8Array, { filename = "resume.pdf", type = "application/pdf" } = {}) {
  const user = await signUpAndGetCookie(`bomber-${++n}@example.com`);
  const rssBefore = process.memoryUsage().rss;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const res = await upload(user, bytes, filename, type);
  const body = (await res.json()) as { error?: { code: string; message: string; details?: { reason?: string } } };
  const ms = Math.round(performance.now() - started);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const rssMb = Math.round(Math.max(peak - rssBefore, process.resourceUsage().maxRSS * 1024 - maxRssBefore) / 1024 / 1024);
  figures.push({ case: name, bytes: bytes.length, status: res.status, code: body.error?.code ?? "-", reason: body.error?.details?.reason ?? "-", ms, rssMb });
  return { res, body, ms, rssMb, userId: user.userId };
}

const cases: Array<[name: string, make: () => Uint8Array | Promise<Uint8Array>, status: number, code: string, reason: string | undefined, file?: { filename: string; type: string }]> = [
  ["PDF declaring 100,000 pages", () => pdfDeclaringPages(100_000), 422, "unprocessable_file", "too_many_pages"],
  ["PDF with dictionaries nested 100,000 deep", () => pdfNestedDictionaries(100_000), 422, "unprocessable_file", undefined],
  ["PDF with arrays nested 200,000 deep in its content", () => pdfNestedArraysInContent(200_000), 422, "unprocessable_file", undefined],
  ["PDF whose page tree is a cycle", () => pdfCyclicPageTree(), 422, "unprocessable_file", "corrupt"],
  ["PDF whose content inflates to 400 MB", () => pdfFlateBomb(400), 422, "unprocessable_file", "too_large_unpacked"],
  ["DOCX declaring ~4 GB unpacked", () => zipBomb(), 422, "unprocessable_file", "too_large_unpacked", { filename: "resume.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }],
  ["DOCX claiming 2 KB, inflating to 400 MB", () => docxLyingBomb(400), 422, "unprocessable_file", "too_large_unpacked", { filename: "resume.docx", type: "application/octet-stream" }],
  ["DOCX with 6,000 entries", () => docxManyEntries(6_000), 422, "unprocessable_file", "too_large_unpacked", { filename: "resume.docx", type: "application/octet-stream" }],
  ["0-byte file named ../../etc/passwd", () => new Uint8Array(0), 422, "unprocessable_file", "empty_file", { filename: "../../etc/passwd", type: "application/pdf" }],
  ["PDF header then a DOCX zip", () => pdfHeaderThenZip(), 415, "unsupported_media_type", undefined],
  ["zip with %PDF- in an entry name", () => zipWithPdfHeaderPolyglot(), 415, "unsupported_media_type", undefined],
  ["valid PDF with a DOCX zip appended", async () => pdfWithZipAppended(await renderResumePdf({ header: "Jane Doe\njane@example.com", body: "EDUCATION\nState University, B.S. Computer Science, 2026\nSKILLS\nPython, SQL" })), 415, "unsupported_media_type", undefined],
  ["garbage named ../../etc/passwd", () => Uint8Array.from({ length: 4096 }, (_, k) => (k * 131 + 7) % 256), 415, "unsupported_media_type", undefined, { filename: "../../etc/passwd", type: "text/plain" }],
];

describe(`hostile uploads through POST /api/v1/profiles/upload-resume (${testDriver})`, () => {
  it.each(cases)("%s → a clean 4xx in the error shape, fast, bounded memory, nothing stored", async (name, make, status, code, reason, file) => {
    const { res, body, ms, rssMb, userId } = await measured(name, await make(), file);
    expect(res.status).toBe(status);
    expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
    expect(body.error!.message.length).toBeGreaterThan(30); // a sentence a student can act on
    expect(body.error!.message).not.toMatch(/at \w+ \(|Error:|stack|pdf\.js|jszip|RangeError/i); // no internals
    if (reason) expect(body.error!.details?.reason).toBe(reason);
    expect(ms).toBeLessThan(MAX_MS);
    expect(rssMb).toBeLessThan(MAX_RSS_MB);
    expect(await getProfileByUserId(userId)).toBeUndefined();
  });

  it("a legal but deep page tree (20,000 levels) is walked without recursion: read in time, bounded memory", async () => {
    const { res, body, ms, rssMb, userId } = await measured("PDF with a page tree 20,000 levels deep (legal)", pdfDeepPageTree(20_000));
    expect(res.status).toBe(200);
    const stored = await getProfileByUserId(userId);
    expect(stored?.resume_text_hash).toBe((body as unknown as { profile: { resume_text_hash: string } }).profile.resume_text_hash);
    expect(ms).toBeLessThan(MAX_MS);
    expect(rssMb).toBeLessThan(MAX_RSS_MB);
  });
});
