import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { SystemMetrics } from "@/lib/metrics/system";
import { ChartCard } from "./chart-card";
import { formatValue as f } from "./format";
import { MetricSection } from "./section";
import { CHART_COLORS } from "./chart-colors";
import { Stat, StatGrid } from "./stat";

export function SystemSection({ m, per }: { m: SystemMetrics; per: string }) {
  const methods = m.parse.by_method.map((x) => `${x.count} ${x.method}`).join(", ") || "none";
  return (
    <MetricSection id="system" title="System" description="Resume parsing, model latency, pipeline throughput and runs.">
      <StatGrid>
        <Stat
          label="AI resume parse success"
          testId="metric-parse-success-rate"
          value={f(m.parse.ai_success_rate, "percent")}
          hint={`${m.parse.ai_ok} of ${m.parse.ai_ok + m.parse.ai_failed} OpenAI parses returned a usable profile (failures fall back to the local parser). Profiles parsed: ${methods}.`}
        />
        <Stat label="AI latency p95" testId="metric-ai-latency-p95" value={f(m.ai_latency.overall?.p95_ms, "ms")} hint={`p50 ${f(m.ai_latency.overall?.p50_ms, "ms")} over ${m.ai_latency.overall?.calls ?? 0} model calls`} />
        <Stat label="Jobs fetched" testId="metric-jobs-fetched" value={f(m.throughput.jobs_fetched, "count")} hint="New listings first seen in the window" />
        <Stat label="Matches scored" testId="metric-jobs-scored" value={f(m.throughput.jobs_scored, "count")} hint="Match scores stored in the window" />
      </StatGrid>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          title={`Jobs fetched and scored per ${per}`}
          summary={`${m.throughput.jobs_fetched} new jobs and ${m.throughput.jobs_scored} match scores in this window.`}
          kind="bar"
          data={m.throughput.series}
          x="bucket"
          series={[
            { key: "fetched", label: "Jobs fetched", color: CHART_COLORS[0] },
            { key: "scored", label: "Matches scored", color: CHART_COLORS[2] },
          ]}
          format="count"
        />
        <ChartCard
          title="AI latency by operation"
          summary={m.ai_latency.by_operation.length ? `Slowest p95: ${[...m.ai_latency.by_operation].sort((a, b) => b.p95_ms - a.p95_ms)[0].operation} at ${f([...m.ai_latency.by_operation].sort((a, b) => b.p95_ms - a.p95_ms)[0].p95_ms, "ms")}.` : "No model calls in this window (AI runs in local mode or nothing happened)."}
          kind="bar"
          data={m.ai_latency.by_operation}
          x="operation"
          xIsBucket={false}
          xLabel="Operation"
          series={[
            { key: "p50_ms", label: "p50", color: CHART_COLORS[1] },
            { key: "p95_ms", label: "p95", color: CHART_COLORS[0] },
          ]}
          format="ms"
          empty="No model calls in this window."
        />
      </div>
      <Table label="Pipeline runs in this window" data-testid="pipeline-runs-table">
        <THead>
          <tr>
            <Th>Job</Th>
            <Th className="text-right">Runs</Th>
            <Th className="text-right">Failed</Th>
            <Th className="text-right">Skipped</Th>
            <Th className="text-right">Avg duration</Th>
            <Th className="text-right">p95 duration</Th>
            <Th className="text-right">Longest</Th>
          </tr>
        </THead>
        <TBody>
          {m.pipeline_runs.length ? (
            m.pipeline_runs.map((r) => (
              <Tr key={r.kind}>
                <Th scope="row" className="font-medium text-ink">{r.kind}</Th>
                <Td className="text-right tabular-nums">{r.runs}</Td>
                <Td className={`text-right tabular-nums ${r.failed ? "font-semibold text-danger-ink" : ""}`}>{r.failed}</Td>
                <Td className="text-right tabular-nums">{r.skipped}</Td>
                <Td className="text-right tabular-nums">{f(r.avg_s, "seconds")}</Td>
                <Td className="text-right tabular-nums">{f(r.p95_s, "seconds")}</Td>
                <Td className="text-right tabular-nums">{f(r.max_s, "seconds")}</Td>
              </Tr>
            ))
          ) : (
            <tr>
              <Td colSpan={7} className="text-center text-ink-muted">No pipeline runs in this window.</Td>
            </tr>
          )}
        </TBody>
      </Table>
    </MetricSection>
  );
}
