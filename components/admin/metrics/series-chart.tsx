"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatBucket, formatValue, type ValueFormat } from "./format";

export type ChartSeries = { key: string; label: string; color: string };

type SeriesChartProps = {
  kind: "line" | "bar";
  data: Array<Record<string, string | number | null>>;
  /** The x field: a bucket key ("2026-03-10T14" / "2026-03-10") or a category. */
  x: string;
  xIsBucket?: boolean;
  series: ChartSeries[];
  format: ValueFormat;
  /** Describes the chart for screen readers (the data table beside it has the numbers). */
  label: string;
  stacked?: boolean;
};


/** A recharts line or bar chart with the app's colours, UTC bucket labels and formatted tooltips. */
export function SeriesChart({ kind, data, x, xIsBucket = true, series, format, label, stacked = false }: SeriesChartProps) {
  const tickX = (v: string) => (xIsBucket ? formatBucket(v) : v);
  const axis = { stroke: "#64748b", fontSize: 12, tickLine: false };
  const common = (
    <>
      <CartesianGrid stroke="#e3e6ec" vertical={false} />
      <XAxis dataKey={x} tickFormatter={tickX} minTickGap={24} {...axis} />
      <YAxis tickFormatter={(v: number) => formatValue(v, format)} width={64} allowDecimals={format !== "count"} {...axis} />
      <Tooltip
        labelFormatter={(v) => tickX(String(v))}
        formatter={(v) => formatValue(Number(v), format)}
        contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-line)", borderRadius: 6, fontSize: 12 }}
      />
      {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
    </>
  );
  return (
    <div role="img" aria-label={label} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        {kind === "line" ? (
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            {common}
            {series.map((s) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            {common}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? "stack" : undefined} isAnimationActive={false} radius={stacked ? 0 : [3, 3, 0, 0]} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
