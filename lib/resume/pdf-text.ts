import { getDocumentProxy } from "unpdf";
import { ResumeExtractError } from "./errors";
import { layoutPageText, type PositionedItem } from "./pdf-layout";
import { MAX_PDF_INFLATED_BYTES, pdfStreamsWithinBudget } from "./pdf-stream-budget";

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Reads a PDF's text layer in reading order; enforces the page limit before reading any page. */
export async function readPdfText(bytes: Uint8Array, maxPages: number, signal: { cancelled: boolean }) {
  if (!pdfStreamsWithinBudget(bytes)) {
    throw new ResumeExtractError("too_large_unpacked", { detail: `streams inflate past ${MAX_PDF_INFLATED_BYTES} bytes` });
  }
  let pdf: PdfDocument;
  try {
    // pdf.js detaches the buffer it is given, so it always gets its own copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    throw classifyPdfError(error);
  }
  try {
    if (pdf.numPages > maxPages) throw new ResumeExtractError("too_many_pages", { detail: `${pdf.numPages} pages` });
    const pages: string[] = [];
    let firstPageSplit: number | null | undefined;
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal.cancelled) throw new ResumeExtractError("timeout");
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const { width, height } = page.getViewport({ scale: 1 });
      const laid = layoutPageText((content.items as PdfTextItem[]).map(toPositioned), width, { pageHeight: height, firstPage: n === 1, firstPageSplit });
      if (n === 1) firstPageSplit = laid.split;
      pages.push(laid.text);
    }
    return { text: joinPages(pages), pages: pdf.numPages };
  } catch (error) {
    if (error instanceof ResumeExtractError) throw error;
    throw new ResumeExtractError("corrupt", { cause: error, detail: String(error) });
  } finally {
    void pdf.destroy();
  }
}

function toPositioned(item: PdfTextItem): PositionedItem {
  const t = item.transform ?? [1, 0, 0, 1, 0, 0];
  return {
    str: item.str ?? "",
    x: t[4],
    y: t[5],
    width: item.width ?? 0,
    size: item.height || Math.hypot(t[2], t[3]) || 10,
    font: item.fontName,
  };
}

function classifyPdfError(error: unknown): ResumeExtractError {
  const name = (error as { name?: string } | null)?.name ?? "";
  if (name === "PasswordException") return new ResumeExtractError("encrypted", { cause: error });
  return new ResumeExtractError("corrupt", { cause: error, detail: String(error) });
}

/**
 * Pages in order. A bullet cut by the page break (its last line ends without
 * punctuation, the next page opens in lower case) is joined back together.
 */
export function joinPages(pages: string[]): string {
  let text = pages[0] ?? "";
  for (const page of pages.slice(1)) {
    const cut = /(?:^|\n)[-•▪●◦–][^\n]*[a-z,;(]$/.test(text) && /^[a-z(]/.test(page);
    text += cut ? ` ${page}` : `\n\n${page}`;
  }
  return text;
}
