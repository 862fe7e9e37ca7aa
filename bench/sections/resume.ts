import { extractResumeText } from "@/lib/resume/extract-text";
import { renderResumeDocx } from "@/lib/resume/fixtures/render-docx";
import { renderResumePdf } from "@/lib/resume/fixtures/render-pdf";
import { loadCorpus } from "@/lib/resume/corpus";
import { parseResumeLocally } from "@/lib/resume/local-parser";
import { PDFDocument } from "pdf-lib";
import { type Row, repeat, summarize } from "../stats";

/** The resume's sections split over two real pages (page 1: header and the first half). */
async function twoPagePdf(header: string, sections: string[]): Promise<Uint8Array> {
  const half = Math.ceil(sections.length / 2);
  const doc = await PDFDocument.load(await renderResumePdf({ header, body: sections.slice(0, half).join("\n\n") }));
  const second = await PDFDocument.load(await renderResumePdf({ body: sections.slice(half).join("\n\n") }));
  const [page] = await doc.copyPages(second, [0]);
  doc.addPage(page);
  return doc.save();
}

const PER_RUN = 20;

/**
 * 5. Resume: bytes → text → profile with the local parser, per resume, for a
 * plain-text resume, a 1-page PDF, a 2-page PDF (its sections over two
 * pages) and a DOCX.
 */
export async function benchResume(runs: number): Promise<Row[]> {
  const corpus = loadCorpus().filter((c) => c.format === "text");
  const text = corpus.reduce((a, b) => (b.source.length > a.source.length ? b : a)).source;
  const [header, ...rest] = text.split("\n\n");
  const body = rest.join("\n\n");
  const inputs: [string, Uint8Array][] = [
    ["text (.txt)", new TextEncoder().encode(text)],
    ["1-page PDF", await renderResumePdf({ header, body })],
    ["2-page PDF", await twoPagePdf(header, rest)],
    ["DOCX", await renderResumeDocx(text)],
  ];
  const rows: Row[] = [];
  for (const [label, bytes] of inputs) {
    const extracted = await extractResumeText(bytes);
    const times = await repeat(
      runs,
      async () => {
        const t = performance.now();
        for (let i = 0; i < PER_RUN; i++) parseResumeLocally((await extractResumeText(bytes)).text);
        return (performance.now() - t) / PER_RUN;
      },
      1,
    );
    rows.push({ section: "5 resume", metric: `local parse, ${label}${extracted.pages ? ` (${extracted.pages} p.)` : ""}, extract + parse`, unit: "ms/resume", summary: summarize(times) });
  }
  return rows;
}
