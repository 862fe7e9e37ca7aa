/**
 * Turns positioned PDF text items into reading-order text: items are grouped
 * into lines by baseline, a page with two text columns (a consistent empty
 * vertical band with plenty of text on both sides) is read left column first,
 * big horizontal gaps inside a line become a tab, and large vertical gaps a
 * blank line so section breaks survive.
 */
export interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the glyph box). */
  size: number;
}

// Text smaller than this is invisible on paper; it is how keyword stuffing hides.
const MIN_VISIBLE_SIZE = 3;
const BUCKET = 2;

export function layoutPageText(rawItems: PositionedItem[], pageWidth: number): string {
  const items = rawItems.filter((it) => it.str.trim() !== "" && it.size >= MIN_VISIBLE_SIZE);
  if (!items.length) return "";
  const split = findColumnSplit(items, pageWidth);
  if (split === undefined) return linesToText(groupLines(items));
  // Items crossing the gutter (a centred name, a full-width rule of text) belong with the left column.
  const left = items.filter((it) => it.x < split);
  const right = items.filter((it) => it.x >= split);
  return `${linesToText(groupLines(left))}\n\n${linesToText(groupLines(right))}`;
}

/** The x of an empty vertical band with substantial text on both sides, if the page has one. */
function findColumnSplit(items: PositionedItem[], pageWidth: number): number | undefined {
  const width = Math.max(pageWidth, ...items.map((it) => it.x + it.width));
  const buckets = new Array<number>(Math.ceil(width / BUCKET) + 1).fill(0);
  for (const it of items) {
    const from = Math.floor(it.x / BUCKET);
    const to = Math.floor((it.x + it.width) / BUCKET);
    for (let b = from; b <= to; b++) buckets[b]++;
  }
  const tolerance = Math.max(1, Math.floor(items.length * 0.03));
  const lo = Math.floor((width * 0.15) / BUCKET);
  const hi = Math.ceil((width * 0.85) / BUCKET);
  const runs: { start: number; length: number }[] = [];
  for (let b = lo; b <= hi; ) {
    if (buckets[b] > tolerance) {
      b++;
      continue;
    }
    const start = b;
    while (b <= hi && buckets[b] <= tolerance) b++;
    if ((b - start) * BUCKET >= 10) runs.push({ start, length: b - start });
  }
  // Widest gutter first; a ragged right margin can be wider, so each candidate must look like a column split.
  runs.sort((a, b) => b.length - a.length);
  for (const run of runs) {
    const split = (run.start + run.length / 2) * BUCKET;
    if (isColumnSplit(items, split)) return split;
  }
  return undefined;
}

function isColumnSplit(items: PositionedItem[], split: number): boolean {
  // Right-aligned dates also leave a gap; real columns carry a real share of the text on each side.
  const chars = (pred: (it: PositionedItem) => boolean) => items.filter(pred).reduce((n, it) => n + it.str.length, 0);
  const total = chars(() => true);
  const leftShare = chars((it) => it.x + it.width <= split) / total;
  const rightShare = chars((it) => it.x >= split) / total;
  const rightItems = items.filter((it) => it.x >= split);
  if (!rightItems.length) return false;
  const rightLines = new Set(rightItems.map((it) => Math.round(it.y))).size;
  // A real column has a shared left edge; right-aligned dates in a one-column layout do not.
  const edge = Math.min(...rightItems.map((it) => it.x));
  const aligned = rightItems.filter((it) => it.x - edge <= 3).length / rightItems.length;
  return leftShare >= 0.2 && rightShare >= 0.1 && rightLines >= 5 && aligned >= 0.6;
}

interface Line {
  y: number;
  size: number;
  items: PositionedItem[];
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
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
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
  let text = "";
  let end: number | undefined;
  for (const it of line.items) {
    if (end !== undefined) {
      const gap = it.x - end;
      if (gap > line.size * 2.5) text += "\t";
      else if (gap > line.size * 0.15 && !text.endsWith(" ") && !it.str.startsWith(" ")) text += " ";
    }
    text += it.str;
    end = it.x + it.width;
  }
  return text;
}
