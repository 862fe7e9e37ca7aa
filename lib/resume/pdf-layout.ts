import { findColumnSplit } from "./pdf-columns";

/**
 * Turns positioned PDF text items into text in the order a person reads it:
 * the name block (the largest type near the top of the first page) first,
 * then on a two-column or sidebar page each column whole, one after the other.
 * Items are grouped into lines by baseline; tracked-out headings drawn a
 * letter at a time are joined back into words; an icon glyph in its own font
 * before a contact line is dropped; big gaps inside a line become a tab (so
 * table rows stay one line) and large vertical gaps a blank line.
 */
export interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the glyph box). */
  size: number;
  /** The PDF's font resource name: differs between an icon font and the text font. */
  font?: string;
}

// Text smaller than this is invisible on paper; it is how keyword stuffing hides.
const MIN_VISIBLE_SIZE = 3;

export function layoutPageText(rawItems: PositionedItem[], pageWidth: number, pageHeight = 792, firstPage = false): string {
  const items = rawItems.filter((it) => it.str.trim() !== "" && it.size >= MIN_VISIBLE_SIZE);
  if (!items.length) return "";
  const split = findColumnSplit(items, pageWidth);
  let columns: Line[][];
  if (split === undefined) columns = [groupLines(items)];
  else {
    const left = items.filter((it) => it.x + it.width <= split);
    const right = items.filter((it) => it.x >= split);
    const spanning = items.filter((it) => it.x < split && it.x + it.width > split);
    // Full-width lines above both columns (a centred name, a contact line) are the page header.
    const columnTop = Math.min(Math.max(...left.map((it) => it.y)), Math.max(...right.map((it) => it.y)));
    const header = spanning.filter((it) => it.y > columnTop);
    const rest = spanning.filter((it) => it.y <= columnTop);
    columns = [groupLines(header), groupLines([...left, ...rest]), groupLines(right)].filter((c) => c.length);
  }
  const block = firstPage ? takeNameBlock(columns, pageHeight) : [];
  return [block, ...columns].filter((c) => c.length).map(linesToText).join("\n\n");
}

interface Line {
  y: number;
  size: number;
  items: PositionedItem[];
}

/** The line in the largest type in the top third, with the lines set tight under it (title, contact). */
function takeNameBlock(columns: Line[][], pageHeight: number): Line[] {
  const all = columns.flat();
  const sizes = all.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)];
  let best: { column: Line[]; index: number } | undefined;
  for (const column of columns) {
    for (const [index, line] of column.entries()) {
      if (line.y < pageHeight * 0.66 || line.size < body * 1.35) continue;
      if (!best || line.size > best.column[best.index].size) best = { column, index };
    }
  }
  if (!best || (best.index === 0 && best.column === columns[0])) return [];
  const { column, index } = best;
  let end = index + 1;
  // The name sits a little apart from the contact line under it; the next heading further still.
  const tight = (a: Line, b: Line) => a.y - b.y <= Math.max(a === column[index] ? a.size * 1.3 : 0, b.size * 1.6);
  while (end < column.length && tight(column[end - 1], column[end]) && end - index < 4) end++;
  return column.splice(index, end - index);
}

function groupLines(items: PositionedItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - it.y) <= Math.max(2, Math.min(line.size, it.size) * 0.45)) {
      line.items.push(it);
      line.size = Math.max(line.size, it.size);
    } else {
      lines.push({ y: it.y, size: it.size, items: [it] });
    }
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    line.items = dropIcon(line.items);
  }
  return lines.filter((l) => l.items.length);
}

const BULLET_GLYPH = /^[•▪●◦■□◆◇►▸▹➢➤✓✔∙·‣⁃*\-–—]$/u;

/** A lone glyph in another font ahead of the text (an icon font's envelope or phone) is decoration. */
function dropIcon(items: PositionedItem[]): PositionedItem[] {
  const [first, second] = items;
  if (!first || !second || first.str.trim().length !== 1 || BULLET_GLYPH.test(first.str.trim())) return items;
  const otherFont = first.font !== undefined && second.font !== undefined && first.font !== second.font;
  return otherFont && second.x - (first.x + first.width) >= 1 ? items.slice(1) : items;
}

function linesToText(lines: Line[]): string {
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    if (previous && gap > Math.max(previous.size, line.size) * 1.9) out.push("");
    const text = joinLineItems(line);
    // A hanging indent right under a line is that line wrapping, not a new one.
    const indent = previous ? line.items[0].x - previous.items[0].x : 0;
    const wrapped = previous && indent > 2 && indent < line.size * 3 && gap <= line.size * 1.6 && !/^[-•]/.test(text) && out[out.length - 1] !== "";
    if (wrapped) out[out.length - 1] += ` ${text}`;
    else out.push(text);
    previous = line;
  }
  return out.join("\n");
}

function joinLineItems(line: Line): string {
  const tracked = trackedLetters(line.items);
  let text = "";
  let end: number | undefined;
  for (const [k, it] of line.items.entries()) {
    if (end !== undefined) {
      const gap = it.x - end;
      if (gap > line.size * 2.5) text += "\t";
      else if (tracked[k] !== undefined) text += gap > tracked[k] * 1.6 ? " " : "";
      else if (gap > line.size * 0.15 && !text.endsWith(" ") && !it.str.startsWith(" ")) text += " ";
    }
    text += it.str;
    end = it.x + it.width;
  }
  return text;
}

/**
 * Letter-spaced runs: three or more single characters in a row, each set apart
 * by at least a quarter of the type size. Returns, for each item that follows
 * a letter of such a run, the run's letter gap (a word gap is clearly wider).
 */
function trackedLetters(items: PositionedItem[]): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(items.length).fill(undefined);
  let start = 0;
  while (start < items.length) {
    let end = start;
    while (end + 1 < items.length && items[end].str.trim().length === 1 && items[end + 1].str.trim().length === 1) end++;
    if (end - start >= 2) {
      const gaps = [];
      for (let k = start + 1; k <= end; k++) gaps.push(items[k].x - (items[k - 1].x + items[k - 1].width));
      const letterGap = Math.min(...gaps);
      if (letterGap >= items[start].size * 0.25) for (let k = start + 1; k <= end; k++) out[k] = letterGap;
    }
    start = end + 1;
  }
  return out;
}
