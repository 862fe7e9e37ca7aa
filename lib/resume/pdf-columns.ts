import { findDateRanges } from "./dates";
import type { PositionedItem } from "./pdf-layout";

/**
 * Finds the gutter of a two-column or sidebar page: an empty vertical band
 * with a real share of the text on each side. Right-aligned dates in a
 * one-column resume also leave a band, but their right edges line up while a
 * column's left edges do.
 */
const BUCKET = 2;

export function findColumnSplit(items: PositionedItem[], pageWidth: number): number | undefined {
  const width = Math.max(pageWidth, ...items.map((it) => it.x + it.width));
  const buckets = new Array<number>(Math.ceil(width / BUCKET) + 1).fill(0);
  for (const it of items) {
    const from = Math.floor(it.x / BUCKET);
    const to = Math.floor((it.x + it.width) / BUCKET);
    for (let b = from; b <= to; b++) buckets[b]++;
  }
  // The name and a full-width contact line cross the gutter of many templates.
  const tolerance = Math.max(2, Math.floor(items.length * 0.04));
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
    if ((b - start) * BUCKET >= 8) runs.push({ start, length: b - start });
  }
  runs.sort((a, b) => b.length - a.length);
  for (const run of runs) {
    const split = (run.start + run.length / 2) * BUCKET;
    if (isColumnSplit(items, split)) return split;
  }
  return undefined;
}

function isColumnSplit(items: PositionedItem[], split: number): boolean {
  const chars = (list: PositionedItem[]) => list.reduce((n, it) => n + it.str.length, 0);
  const total = chars(items);
  const left = items.filter((it) => it.x + it.width <= split);
  const right = items.filter((it) => it.x >= split);
  if (left.length < 5 || right.length < 5) return false;
  const lines = (list: PositionedItem[]) => new Set(list.map((it) => Math.round(it.y))).size;
  // A sparse sidebar beside a dense main column carries little of the text, but some.
  if (chars(left) / total < 0.03 || chars(right) / total < 0.03 || lines(left) < 5 || lines(right) < 5) return false;
  // Dates set in a margin column beside their entries are a grid read row by row, not a sidebar.
  const dated = (list: PositionedItem[]) => list.filter((it) => findDateRanges(it.str).some((r) => r.length >= it.str.trim().length * 0.6)).length / list.length;
  if (dated(left) >= 0.5 || dated(right) >= 0.5) return false;
  // Right-aligned dates share a right edge; a column's lines share a left edge (bullets and icons aside).
  const rightEnd = Math.max(...right.map((it) => it.x + it.width));
  const flushRight = right.filter((it) => rightEnd - (it.x + it.width) <= 3).length / right.length;
  const edge = Math.min(...right.map((it) => it.x));
  const flushLeft = right.filter((it) => it.x - edge <= 14).length / right.length;
  return flushLeft >= 0.5 && flushRight < 0.6;
}
