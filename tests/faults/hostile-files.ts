import { deflateRawSync, constants as zlibConstants } from "node:zlib";

/**
 * Hand-built hostile uploads for the fault tests: PDFs that declare 100,000
 * pages, nest objects or page trees very deeply, or inflate a content stream
 * to hundreds of MB; DOCX zips whose directory lies about (or honestly
 * declares) huge unpacked sizes; PDF/ZIP polyglots. Everything is generated
 * in a few milliseconds and stays well under the 5 MB upload limit.
 */
const enc = new TextEncoder();
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

/** A PDF from object bodies (1-based, object 1 is the catalog), with a correct classic xref table. */
export function buildPdf(objects: string[], { header = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" } = {}): Uint8Array {
  let out = header;
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
const textContent = (line: string) => `BT /F1 12 Tf 50 700 Td (${line}) Tj ET`;
const stream = (data: string, dict = "") => `<< /Length ${data.length}${dict} >>\nstream\n${data}\nendstream`;

/** One real page, but the page tree says 100,000 (and lists the page 100,000 times). */
export function pdfDeclaringPages(count = 100_000): Uint8Array {
  const kids = Array.from({ length: count }, () => "3 0 R").join(" ");
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Count ${count} /Kids [${kids}] >>`,
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    FONT,
    stream(textContent("Jane Doe, software engineering student, Python and SQL")),
  ]);
}

/** A page whose /Resources holds dictionaries nested `depth` deep (a recursive parser's stack). */
export function pdfNestedDictionaries(depth = 100_000): Uint8Array {
  const nested = "<< /A ".repeat(depth) + "1" + " >>".repeat(depth);
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /X ${nested} >> /Contents 5 0 R >>`,
    FONT,
    stream(textContent("Jane Doe, software engineering student, Python and SQL")),
  ]);
}

/** A content stream of arrays nested `depth` deep, then text. */
export function pdfNestedArraysInContent(depth = 200_000): Uint8Array {
  const content = `${"[".repeat(depth)}${"]".repeat(depth)} pop\n${textContent("Jane Doe, software engineering student, Python and SQL")}`;
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    FONT,
    stream(content),
  ]);
}

/** A page tree `depth` levels deep (Pages → Pages → … → Page). */
export function pdfDeepPageTree(depth = 20_000): Uint8Array {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>"];
  // Objects 2..depth+1 are Pages nodes; depth+2 is the page, depth+3 the font, depth+4 the content.
  for (let k = 0; k < depth; k++) {
    const self = k + 2;
    objects.push(`<< /Type /Pages /Count 1 /Kids [${self + 1} 0 R]${k > 0 ? ` /Parent ${self - 1} 0 R` : ""} >>`);
  }
  const page = depth + 2;
  objects.push(`<< /Type /Page /Parent ${page - 1} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`);
  objects.push(FONT);
  objects.push(stream(textContent("Jane Doe, software engineering student, Python and SQL")));
  return buildPdf(objects);
}

/** A page tree whose Kids point back at itself. */
export function pdfCyclicPageTree(): Uint8Array {
  return buildPdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Count 3 /Kids [2 0 R 2 0 R] >>"]);
}

/**
 * A raw deflate stream that inflates to `prefix`, then `repeat` more copies of
 * prefix's last byte, then `suffix`: length-258/distance-1 matches in a fixed
 * Huffman block (13 bits per 258 bytes, deflate's best ratio, ~1:1000).
 */
export function deflateBomb(prefix: string, repeat: number, suffix: string): Uint8Array {
  const head = deflateRawSync(Buffer.from(prefix, "latin1"), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const tail = deflateRawSync(Buffer.from(suffix, "latin1"));
  const matches = Math.floor(repeat / 258);
  const bits = new Uint8Array(Math.ceil((3 + matches * 13 + 7 + 3 + 8) / 8) + 4);
  let bitPos = 0;
  const put = (value: number, n: number) => {
    for (let k = 0; k < n; k++, bitPos++) if ((value >> k) & 1) bits[bitPos >> 3] |= 1 << (bitPos & 7);
  };
  const putCode = (code: number, n: number) => {
    for (let k = n - 1; k >= 0; k--, bitPos++) if ((code >> k) & 1) bits[bitPos >> 3] |= 1 << (bitPos & 7);
  };
  put(0, 1); // not final
  put(1, 2); // fixed Huffman
  for (let m = 0; m < matches; m++) {
    putCode(0b11000101, 8); // length code 285 = 258
    putCode(0, 5); // distance code 0 = 1
  }
  putCode(0, 7); // end of block
  put(0, 1); // an empty stored block re-aligns to a byte
  put(0, 2);
  bitPos = Math.ceil(bitPos / 8) * 8;
  const body = bits.subarray(0, bitPos / 8);
  const out = new Uint8Array(head.length + body.length + 4 + tail.length);
  out.set(head, 0);
  out.set(body, head.length);
  out.set([0x00, 0x00, 0xff, 0xff], head.length + body.length);
  out.set(tail, head.length + body.length + 4);
  return out;
}

/** One page whose FlateDecode content stream inflates to ~`mb` MB of spaces before its text. */
export function pdfFlateBomb(mb = 400): Uint8Array {
  const raw = deflateBomb("BT /F1 12 Tf 50 700 Td ", mb * 1024 * 1024, "(Jane Doe, software engineering student) Tj ET");
  // zlib wrapper: header 78 01, the raw stream, and an (unchecked here) Adler-32.
  const zlibStream = new Uint8Array(2 + raw.length + 4);
  zlibStream.set([0x78, 0x01], 0);
  zlibStream.set(raw, 2);
  const data = Array.from(zlibStream, (b) => String.fromCharCode(b)).join("");
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    FONT,
    stream(data, " /Filter /FlateDecode"),
  ]);
}

export interface ZipEntrySpec {
  name: string;
  /** Stored as is (method 0) unless `deflated` is given. */
  data?: Uint8Array;
  /** Raw deflate bytes (method 8). */
  deflated?: Uint8Array;
  /** What the headers claim the entry unpacks to (a lie when it differs from the truth). */
  declaredSize: number;
}

/** A zip from entries, with the sizes the caller wants the headers to claim. CRCs are left 0 (JSZip does not check them by default). */
export function buildZip(entries: ZipEntrySpec[], { prefix = new Uint8Array(0) }: { prefix?: Uint8Array } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = prefix.length;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const payload = e.deflated ?? e.data ?? new Uint8Array(0);
    const method = e.deflated ? 8 : 0;
    const local = new Uint8Array(30 + name.length + payload.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, payload.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(payload, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, method, true);
    cv.setUint32(20, payload.length, true);
    cv.setUint32(24, e.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const parts = [prefix, ...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_HEAD = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">Jane Doe `;
const DOC_TAIL = `</w:t></w:r></w:p></w:body></w:document>`;

const stored = (name: string, text: string): ZipEntrySpec => ({ name, data: enc.encode(text), declaredSize: enc.encode(text).length });

/** A minimal real DOCX whose body is `text` (mammoth reads it). */
export function minimalDocx(text: string): Uint8Array {
  return buildZip(docxEntries(text));
}

/** A DOCX whose word/document.xml claims 2 KB but inflates to `mb` MB: the directory lies. */
export function docxLyingBomb(mb = 400): Uint8Array {
  return buildZip([
    stored("[Content_Types].xml", CONTENT_TYPES),
    stored("_rels/.rels", RELS),
    { name: "word/document.xml", deflated: deflateBomb(DOC_HEAD, mb * 1024 * 1024, DOC_TAIL), declaredSize: 2048 },
  ]);
}

/** A DOCX with 6,000 tiny entries (the directory's honest entry count is the bomb). */
export function docxManyEntries(count = 6_000): Uint8Array {
  const entries = [stored("[Content_Types].xml", CONTENT_TYPES), stored("_rels/.rels", RELS), stored("word/document.xml", `${DOC_HEAD}resume${DOC_TAIL}`)];
  for (let k = 0; k < count; k++) entries.push(stored(`word/media/x${k}.xml`, "<x/>"));
  return buildZip(entries);
}

const docxEntries = (text: string) => [stored("[Content_Types].xml", CONTENT_TYPES), stored("_rels/.rels", RELS), stored("word/document.xml", `${DOC_HEAD}${text}${DOC_TAIL}`)];
const POLYGLOT_TEXT = "Jane Doe software engineering student Python SQL Git Docker internship at Acme";

/** A PDF header and nothing else of a PDF, then a complete DOCX zip (offsets relative to the file start). */
export function pdfHeaderThenZip(): Uint8Array {
  return buildZip(docxEntries(POLYGLOT_TEXT), { prefix: latin1("%PDF-1.7\n% polyglot: a zip follows\n") });
}

/** A zip (a real DOCX) whose first entry carries a PDF header: PK first, %PDF- inside the first KB. */
export function zipWithPdfHeaderPolyglot(): Uint8Array {
  return buildZip([stored("%PDF-1.7.xml", "%PDF-1.7 1 0 obj << >> endobj"), ...docxEntries(POLYGLOT_TEXT)]);
}

/** A valid PDF with a complete DOCX zip after its %%EOF: a true PDF/ZIP polyglot. */
export function pdfWithZipAppended(pdf: Uint8Array): Uint8Array {
  return buildZip(docxEntries(POLYGLOT_TEXT), { prefix: pdf });
}
