/**
 * Mammoth's HTML → resume text, by structure: paragraphs and headings are
 * lines, list items "- " lines, a data table one line per row with cells
 * tab-separated, and a layout table (a Word template's columns or sidebar:
 * cells holding whole sections) one cell after another, each in reading order.
 */
interface Node {
  tag: string;
  children: (Node | string)[];
}

const VOID = new Set(["br", "img", "hr"]);
const BLOCK = /^(?:p|h[1-6]|li|ul|ol|table)$/;

export function docxHtmlToText(html: string): string {
  const root = parse(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ""));
  // A table opening the document is the letterhead (name in one cell, contact in another): cells read as columns.
  const out: string[] = [];
  const blocks = root.children.filter((c): c is Node => typeof c !== "string");
  for (const [k, child] of blocks.entries()) {
    const letterhead = child.tag === "table" && blocks.slice(0, k).every((b) => b.tag === "p" && !/^h/.test(b.tag)) && k <= 1;
    out.push(...(letterhead ? [...rows(child).flatMap((r) => rowLines(r, true)), ""] : lines(child)));
  }
  return decodeEntities(out.join("\n")).replace(/\n{3,}/g, "\n\n");
}

function parse(html: string): Node {
  const root: Node = { tag: "root", children: [] };
  const stack = [root];
  for (const [token] of html.matchAll(/<[^>]*>|[^<]+/g)) {
    const top = stack[stack.length - 1];
    const tag = /^<\/?([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase();
    if (!tag) top.children.push(token);
    else if (token.startsWith("</")) {
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    } else if (VOID.has(tag)) top.children.push(tag === "br" ? "\n" : "");
    else if (!token.endsWith("/>")) {
      const node = { tag, children: [] };
      top.children.push(node);
      stack.push(node);
    }
  }
  return root;
}

function inline(node: Node | string): string {
  return typeof node === "string" ? node : node.children.map(inline).join("");
}

function lines(node: Node): string[] {
  if (/^(?:p|h[1-6])$/.test(node.tag)) return [inline(node)];
  if (node.tag === "li") {
    const nested = node.children.filter((c): c is Node => typeof c !== "string" && /^(?:ul|ol)$/.test(c.tag));
    const own = node.children.filter((c) => typeof c === "string" || !/^(?:ul|ol)$/.test(c.tag)).map(inline).join("");
    return [`- ${own}`, ...nested.flatMap(lines)];
  }
  if (node.tag === "table") return [...rows(node).flatMap((r) => rowLines(r)), ""];
  const out: string[] = [];
  let text = "";
  for (const child of node.children) {
    if (typeof child !== "string" && BLOCK.test(child.tag)) {
      if (text.trim()) out.push(text);
      text = "";
      out.push(...lines(child));
    } else text += inline(child);
  }
  if (text.trim()) out.push(text);
  return out;
}

function rows(table: Node): Node[] {
  const found: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.children) {
      if (typeof c === "string") continue;
      if (c.tag === "tr") found.push(c);
      else if (c.tag !== "table") walk(c);
    }
  };
  walk(table);
  return found;
}

function rowLines(row: Node, asColumns = false): string[] {
  const cells = row.children.filter((c): c is Node => typeof c !== "string" && /^t[dh]$/.test(c.tag));
  const cellLines = cells.map((c) => lines(c).filter((l) => l.trim()));
  // A cell holding whole sections (many blocks, a list, a nested table) is a column of the page.
  const layout = asColumns || cells.some((c, k) => cellLines[k].length > 3 || c.children.some((b) => typeof b !== "string" && /^(?:ul|ol|table|h[1-6])$/.test(b.tag)));
  if (layout) return cellLines.flatMap((l) => [...l, ""]);
  return [cellLines.map((l) => l.join(" ").replace(/\s+/g, " ").trim()).join("\t")];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}
