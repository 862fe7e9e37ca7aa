import type { PositionedItem } from "./pdf-layout";

/**
 * One text line of a PDF page and its cells: a wide gap, or a gap before a
 * column that several lines share (a table), separates cells; letters of a
 * tracked-out heading drawn one at a time are closed up into words.
 */
export interface Line {
  y: number;
  size: number;
  items: PositionedItem[];
}

export interface Cell {
  x: number;
  /** Where the cell's text ends. */
  end: number;
  text: string;
}

export function lineEnd(line: Line): number {
  const last = line.items[line.items.length - 1];
  return last.x + last.width;
}

/** x positions where text starts after a gap on two or more lines: the columns of a table. */
export function tableColumnStarts(lines: Line[]): number[] {
  const counts = new Map<number, number>();
  // Right-aligned dates line up too, but on the right edge; table columns start inside the block.
  const right = Math.max(...lines.flatMap((l) => l.items.map((it) => it.x + it.width)));
  for (const line of lines) {
    let end: number | undefined;
    let before = "";
    for (const it of line.items) {
      // After a lone bullet or icon glyph the gap is an indent, not a column.
      if (end !== undefined && it.x - end > line.size * 0.8 && before.trim().length > 1 && it.x + it.width < right - 3) counts.set(Math.round(it.x), (counts.get(Math.round(it.x)) ?? 0) + 1);
      end = it.x + it.width;
      before = it.str;
    }
  }
  return [...counts].filter(([, n]) => n >= 2).map(([x]) => x);
}

/** A line's items joined into cells: a wide gap, or a gap before a table column, separates cells. */
export function lineCells(line: Line, starts: number[]): Cell[] {
  const tracked = trackedLetters(line.items);
  const cells: Cell[] = [];
  let end: number | undefined;
  for (const [k, it] of line.items.entries()) {
    const gap = end === undefined ? 0 : it.x - end;
    const column = gap > line.size * 0.8 && starts.some((s) => Math.abs(s - it.x) <= 2);
    const cell = cells[cells.length - 1];
    if (!cell || gap > line.size * 2.5 || column) cells.push({ x: it.x, end: it.x + it.width, text: it.str });
    else {
      if (tracked[k] !== undefined) cell.text += gap > tracked[k] * 1.6 ? " " : "";
      else if (gap > line.size * 0.15 && !cell.text.endsWith(" ") && !it.str.startsWith(" ")) cell.text += " ";
      cell.text += it.str;
      cell.end = it.x + it.width;
    }
    end = it.x + it.width;
  }
  return cells;
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
