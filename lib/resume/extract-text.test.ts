import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { detectFileType, extractResumeText, ResumeExtractError } from "./extract-text";
import { renderResumeDocx } from "./fixtures/render-docx";
import { renderDrawingOnlyPdf, renderManyPagePdf, renderResumePdf } from "./fixtures/render-pdf";
import { encryptPdf, zipBomb } from "./fixtures/malformed-files";
import { normalizeResumeText } from "./normalize-text";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function extractError(bytes: Uint8Array, options?: Parameters<typeof extractResumeText>[1]): Promise<ResumeExtractError> {
  try {
    await extractResumeText(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ResumeExtractError);
    return error as ResumeExtractError;
  }
  throw new Error("expected extraction to fail");
}

describe("detectFileType", () => {
  it.each([
    ["pdf", utf8("%PDF-1.7\n...")],
    ["unknown", Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])],
    ["unknown", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ["unknown", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])],
    ["unknown", zipBomb("xl/workbook.xml")],
    ["docx", zipBomb()],
    ["text", utf8("Jane Doe\nSkills: Python, SQL\n")],
    ["unknown", utf8("{\\rtf1\\ansi Jane Doe}")],
    ["unknown", new Uint8Array(0)],
  ])("%s", (kind, bytes) => {
    expect(detectFileType(bytes)).toBe(kind);
  });
});

describe("extractResumeText — PDF", () => {
  it("reads a single-column PDF with bullets as '- ' lines", async () => {
    const pdf = await renderResumePdf({
      header: "Jane Doe\njane@example.com",
      body: "EXPERIENCE\nSoftware Engineer, Acme\tJan 2023 - Present\n• Built APIs in Go\n• Cut latency 30%\n\nEDUCATION\nBS Computer Science, MIT\t2022",
    });
    const { text, kind, pages } = await extractResumeText(pdf);
    expect(kind).toBe("pdf");
    expect(pages).toBe(1);
    expect(text).toContain("Software Engineer, Acme\tJan 2023 - Present");
    expect(text).toContain("\n- Built APIs in Go\n- Cut latency 30%");
    expect(text.indexOf("EXPERIENCE")).toBeLessThan(text.indexOf("EDUCATION"));
  });

  it("reads a two-column PDF left column first", async () => {
    const pdf = await renderResumePdf({
      header: "John Two",
      body: "EXPERIENCE\nData Analyst, Foo Corp\n2021 - 2023\n• Built dashboards in Tableau\n• Wrote SQL for finance\n\nEDUCATION\nBA Economics, UCLA, 2021",
      right: "SKILLS\nPython\nSQL\nTableau\nExcel\n\nINTERESTS\nChess",
    });
    const { text } = await extractResumeText(pdf);
    const lines = text.split("\n");
    expect(lines).toContain("Data Analyst, Foo Corp");
    expect(lines).toContain("Python");
    expect(text.indexOf("EDUCATION")).toBeLessThan(text.indexOf("SKILLS"));
    expect(text).not.toMatch(/Foo Corp\s*\t?\s*Python/);
  });

  it("rejects a PDF without a text layer as no_text", async () => {
    expect((await extractError(await renderDrawingOnlyPdf())).code).toBe("no_text");
  });

  it("enforces the page limit", async () => {
    const error = await extractError(await renderManyPagePdf(11));
    expect(error.code).toBe("too_many_pages");
    expect(error.message).toMatch(/pages/);
    await expect(extractResumeText(await renderManyPagePdf(3))).resolves.toMatchObject({ pages: 3 });
  });

  it("reports a password-protected PDF as encrypted", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText("Secret resume text that is long enough", { x: 50, y: 700, size: 12, font });
    const plain = await doc.save({ useObjectStreams: false });
    expect((await extractError(encryptPdf(plain))).code).toBe("encrypted");
  });

  it("reports a damaged PDF as corrupt", async () => {
    const error = await extractError(utf8("%PDF-1.7\n1 0 obj << /Type /Catalog garbage"));
    expect(["corrupt", "no_text"]).toContain(error.code);
    const truncated = (await renderManyPagePdf(1)).slice(0, 200);
    expect(["corrupt", "no_text"]).toContain((await extractError(truncated)).code);
  });

  it("times out instead of hanging", async () => {
    const error = await extractError(await renderManyPagePdf(2), { timeoutMs: 0 });
    expect(error.code).toBe("timeout");
  });
});

describe("extractResumeText — DOCX, text and refusals", () => {
  it("reads a real DOCX keeping headings, list items and table rows", async () => {
    const docx = await renderResumeDocx("Ann Lee\nEXPERIENCE\nRN\tCity Hospital\t2020 - 2022\n- Patient care\n- IV therapy");
    const { text, kind } = await extractResumeText(docx);
    expect(kind).toBe("docx");
    expect(text).toBe("Ann Lee\nEXPERIENCE\nRN\tCity Hospital\t2020 - 2022\n\n- Patient care\n- IV therapy");
  });

  it("refuses a zip bomb before unpacking", async () => {
    expect((await extractError(zipBomb())).code).toBe("too_large_unpacked");
  });

  it.each([
    ["renamed .exe", Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0xff, 0xff, 0x00, 0x00]), "unsupported_type"],
    ["other zip", zipBomb("xl/workbook.xml"), "unsupported_type"],
    ["0 bytes", new Uint8Array(0), "empty_file"],
    ["only whitespace", utf8("  \n\t \n"), "empty_file"],
  ])("%s → %s", async (_, bytes, code) => {
    const error = await extractError(bytes);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(30);
  });

  it("reads plain text and normalises it", async () => {
    const { text, kind } = await extractResumeText(utf8("Jane\u00a0Doe\r\n\u2022 E\ufb03cient “work” \u2013 2023\u200b\n\n\n\nNext"));
    expect(kind).toBe("text");
    expect(text).toBe('Jane Doe\n- Efficient "work" - 2023\n\nNext');
  });
});

describe("normalizeResumeText", () => {
  it.each([
    ["ligatures", "\ufb01nance \ufb02ow o\ufb00er", "finance flow offer"],
    ["smart quotes", "‘a’ “b”", "'a' \"b\""],
    ["dashes", "2019 — 2021 – now", "2019 - 2021 - now"],
    ["an en dash joining a name stays", "University of Wisconsin–Madison, 2016–2017, Jan–May", "University of Wisconsin–Madison, 2016-2017, Jan–May"],
    ["zero-width and soft hyphen", "Py\u200bthon\u00ad\ufeff", "Python"],
    ["control characters", "a\u0007b\u0000c", "abc"],
    ["bullet glyphs", "▪ one\n● two\n\uf0b7 three\n◦ four", "- one\n- two\n- three\n- four"],
    ["tabs kept, spaces collapsed", "Engineer   \t  2021", "Engineer\t2021"],
    ["icons before contact details dropped", "✉ ann@x.org\n⌂ Austin, TX ✆ (512) 555-0100", "ann@x.org\nAustin, TX | (512) 555-0100"],
    ["letter-spaced headings closed up", "E X P E R I E N C E\nW O R K   H I S T O R Y", "EXPERIENCE\nWORK HISTORY"],
  ])("%s", (_, input, expected) => {
    expect(normalizeResumeText(input)).toBe(expected);
  });
});
