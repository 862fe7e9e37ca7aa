import type { ReactNode } from "react";
import { Card, CardBody, CardDescription, CardHeader } from "@/components/ui/card";
import { formatBucket, formatValue, type ValueFormat } from "./format";
import { type ChartSeries, SeriesChart } from "./series-chart";

type ChartCardProps = {
  title: string;
  /** One sentence with the key number, shown above the chart. */
  summary: ReactNode;
  kind: "line" | "bar";
  data: Array<Record<string, string | number | null>>;
  x: string;
  xIsBucket?: boolean;
  xLabel?: string;
  series: ChartSeries[];
  format: ValueFormat;
  stacked?: boolean;
  /** Shown instead of the chart when there is nothing to plot. */
  empty?: string;
};

/**
 * A chart with its heading, a summary sentence and the same numbers in a
 * visually hidden table (what a screen reader reads instead of the SVG).
 */
export function ChartCard({ title, summary, kind, data, x, xIsBucket = true, xLabel = "Time (UTC)", series, format, stacked, empty }: ChartCardProps) {
  const hasData = data.some((row) => series.some((s) => Number(row[s.key] ?? 0) !== 0));
  return (
    <Card>
      <CardHeader>
        <h3 className="text-sm font-semibold text-ink">{title}</h3>
        <CardDescription>{summary}</CardDescription>
      </CardHeader>
      <CardBody>
        {hasData ? (
          <>
            <SeriesChart kind={kind} data={data} x={x} xIsBucket={xIsBucket} series={series} format={format} stacked={stacked} label={`${title}. ${typeof summary === "string" ? summary : ""}`} />
            <table className="sr-only">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{xLabel}</th>
                  {series.map((s) => (
                    <th key={s.key} scope="col">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.map((row) => (
                  <tr key={String(row[x])}>
                    <th scope="row">{xIsBucket ? formatBucket(String(row[x])) : String(row[x])}</th>
                    {series.map((s) => (
                      <td key={s.key}>{formatValue(row[s.key] as number | null, format)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="py-10 text-center text-sm text-ink-muted">{empty ?? "No data in this window yet."}</p>
        )}
      </CardBody>
    </Card>
  );
}
