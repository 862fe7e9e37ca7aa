import { lineCells, lineEnd, tableColumnStarts, type Cell, type Line } from "./pdf-cells";
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

export interface PageLayoutOptions {
  pageHeight?: number;
  /** The first page: its largest type near the top is the name. */
  firstPage?: boolean;
  /**
   * The first page's column gutter (null: it had none). A resume keeps one
   * layout, so a later page splits only at the same gutter; a table alone on
   * page 2 of a one-column resume is not two columns.
   */
  firstPageSplit?: number | null;
}

export function layoutPageText(rawItems: PositionedItem[], pageWidth: number, options: PageLayoutOptions = {}): { text: string; split: number | null } {
  const { pageHeight = 792, firstPage = false, firstPageSplit } = options;
  const items = rawItems.filter((it) => it.str.trim() !== "" && it.size >= MIN_VISIBLE_SIZE);
  if (!items.length) return { text: "", split: null };
  let split = findColumnSplit(items, pageWidth);
  if (firstPageSplit !== undefined && split !== undefined && (firstPageSplit === null || Math.abs(split - firstPageSplit) > 24)) split = undefined;
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
  return { text: [block, ...columns].filter((c) => c.length).map(linesToText).join("\n\n"), split: split ?? null };
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
  while (end < column.length && tight(column[end - 1], column[end]) && end - index < 7) end++;
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
  const starts = tableColumnStarts(lines);
  const left = Math.min(...lines.map((l) => l.items[0].x));
  const right = Math.max(...lines.map(lineEnd));
  const out: string[] = [];
  let previous: Line | undefined;
  let previousCells: Cell[] = [];
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    if (previous && gap > Math.max(previous.size, line.size) * 1.9) out.push("");
    const cells = lineCells(line, starts);
    const text = cells.map((c) => c.text).join("\t");
    const close = previous !== undefined && gap <= line.size * 1.6 && out[out.length - 1] !== "";
    // A table cell that wrapped: its second line sits under cells of the row above.
    const tableRow = previousCells.slice(1).some((p) => starts.some((s) => Math.abs(s - p.x) <= 2));
    // Only a cell that ran up to the next column (or the edge) wrapped; a short one has a new line under it.
    const ranOut = (k: number) => previousCells[k].end >= (previousCells[k + 1]?.x ?? right) - line.size * 10;
    const rowWrap =
      close &&
      tableRow &&
      cells.length < previousCells.length &&
      !/^[-•]/.test(text) &&
      text.length < 40 &&
      cells.every((c) => previousCells.some((p, k) => Math.abs(p.x - c.x) <= 2 && ranOut(k)));
    // A hanging indent right under a line is that line wrapping, not a new one.
    const indent = previous ? line.items[0].x - previous.items[0].x : 0;
    // A line that ran to the right edge continues on the next line at the same indent (prose, a course list).
    // Only mid-sentence: a line ending in a year or a full stop is an entry of its own.
    const midSentence = /[a-z,;&-]$/.test(out[out.length - 1] ?? "") && !/^[-•]/.test(out[out.length - 1] ?? "");
    const full = previous !== undefined && previousCells.length < 2 && midSentence && lineEnd(previous) >= right - (right - left) * 0.12 && Math.abs(indent) <= 2;
    const wrapped = close && ((indent > 2 && indent < line.size * 3) || full) && !/^[-•]/.test(text) && previousCells.length < 2 && cells.length < 2;
    if (rowWrap) {
      for (const c of cells) {
        const target = previousCells.find((p) => Math.abs(p.x - c.x) <= 2) as Cell;
        target.text += ` ${c.text}`;
      }
      out[out.length - 1] = previousCells.map((c) => c.text).join("\t");
    } else if (wrapped) out[out.length - 1] += ` ${text}`;
    else {
      out.push(text);
      previousCells = cells;
    }
    previous = line;
  }
  return out.join("\n");
}
