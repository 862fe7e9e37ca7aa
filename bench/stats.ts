/** Medians over repeated runs, peak RSS sampling, and the printed table. */
export type Summary = { median: number; min: number; max: number; runs: number };

export function summarize(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: s.length };
}

/** The q-quantile (0..1) of raw samples, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Samples process RSS every `everyMs` until stopped; returns the peak in MiB. */
export function sampleRss(everyMs = 10): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), everyMs);
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    return peak / 1024 / 1024;
  };
}

export type Row = { section: string; metric: string; unit: string; summary?: Summary; value?: string; target?: string; met?: boolean };

const fmt = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString("en-US") : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));

export function printTable(rows: readonly Row[]): void {
  const lines = rows.map((r) => [
    r.section,
    r.metric,
    r.summary ? fmt(r.summary.median) : (r.value ?? ""),
    r.summary && r.summary.runs > 1 ? `${fmt(r.summary.min)} – ${fmt(r.summary.max)}` : "",
    r.summary ? String(r.summary.runs) : "",
    r.unit,
    r.target ? `${r.target} ${r.met === undefined ? "" : r.met ? "✓" : "✗ MISSED"}` : "",
  ]);
  const head = ["section", "metric", "median", "min – max", "runs", "unit", "target"];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const show = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(show(head));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const l of lines) console.log(show(l));
}

/** Runs `fn` `n` times (after `warmup` untimed runs) and returns each run's result. */
export async function repeat<T>(n: number, fn: (run: number) => Promise<T>, warmup = 0): Promise<T[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}
