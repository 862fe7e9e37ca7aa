import { describe, expect, it } from "vitest";
import { checkResumeFile, checkResumeText, formatFileSize } from "./resume-checks";

const MB = 1024 * 1024;

describe("checkResumeFile", () => {
  it.each([
    ["resume.pdf", 10_000, null],
    ["Resume.PDF", 10_000, null],
    ["cv.docx", 10_000, null],
    ["cv.txt", 1, null],
    ["cv.pdf", 5 * MB, null],
  ])("accepts %s (%i bytes)", (name, size, expected) => {
    expect(checkResumeFile({ name, size }, 5)).toBe(expected);
  });

  it.each([
    ["cv.doc", 10_000, /Older Word files/],
    ["setup.exe", 10_000, /isn't a PDF, Word/],
    ["resume", 10_000, /isn't a PDF, Word/],
    ["cv.pdf", 0, /is empty/],
    ["cv.pdf", 5 * MB + 1, /5\.0 MB; the limit is 5 MB/],
  ])("refuses %s (%i bytes)", (name, size, message) => {
    expect(checkResumeFile({ name, size }, 5)).toMatch(message);
  });
});

describe("checkResumeText", () => {
  it("needs some text and at most the limit", () => {
    expect(checkResumeText("   \n", 50)).toMatch(/Paste the text/);
    expect(checkResumeText("x".repeat(50), 50)).toBeNull();
    expect(checkResumeText("x".repeat(51), 50)).toMatch(/51 characters; the limit is 50/);
  });
});

describe("formatFileSize", () => {
  it.each([
    [500, "500 bytes"],
    [2048, "2 KB"],
    [7.25 * MB, "7.3 MB"],
  ])("%i → %s", (bytes, text) => expect(formatFileSize(bytes)).toBe(text));
});
