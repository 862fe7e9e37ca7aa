import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { CostMetrics } from "@/lib/metrics/cost";
import { ChartCard } from "./chart-card";
import { formatValue as f } from "./format";
import { MetricSection } from "./section";
import { CHART_COLORS } from "./chart-colors";
import { Stat, StatGrid } from "./stat";

const STATE_LABEL = { ok: "Under 80 %", warning: "Warning (≥ 80 %)", stopped: "Stopped (≥ 100 %)" } as const;

export function CostSection({ m, per }: { m: CostMetrics; per: string }) {
  const today = m.today;
  return (
    <MetricSection id="cost" title="Cost" description="OpenAI tokens and dollars, and today's spend against the daily budget.">
      <StatGrid>
        <Stat label="Spent today (UTC)" testId="metric-cost-today" value={f(today.today_usd, "usd")} hint={`of ${f(today.budget_usd, "usd")} AI_DAILY_BUDGET_USD (${f(today.ratio, "percent")})`} />
        <Stat
          label="Budget state"
          testId="metric-budget-state"
          value={today.state}
          hint={`${STATE_LABEL[today.state]}. Per user: ${f(m.budgets.perUser, "usd")} a day.`}
          tone={today.state === "stopped" ? "danger" : today.state === "warning" ? "warning" : "default"}
        />
        <Stat label="Spent in window" testId="metric-cost-window" value={f(m.total_usd, "usd")} hint={`${m.total_calls} model calls; ${f(m.tokens.in, "count")} tokens in (${f(m.tokens.cached, "count")} cached), ${f(m.tokens.out, "count")} out`} />
        <Stat label="Per active user per day" testId="metric-cost-per-user" value={f(m.per_active_user.avg_usd, "usd")} hint={`Over ${m.per_active_user.user_days} active user-days (a score or a model call that day)`} />
      </StatGrid>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          title={`USD per ${per}`}
          summary={`${f(m.total_usd, "usd")} in this window.`}
          kind="bar"
          data={m.series}
          x="bucket"
          series={[{ key: "cost_usd", label: "USD", color: CHART_COLORS[0] }]}
          format="usd"
          empty="No model spend in this window (local mode, or nothing was parsed or scored by AI)."
        />
        <ChartCard
          title={`Tokens per ${per}`}
          summary={`${f(m.tokens.in + m.tokens.out, "count")} tokens in this window.`}
          kind="bar"
          stacked
          data={m.series}
          x="bucket"
          series={[
            { key: "tokens_in", label: "Input", color: CHART_COLORS[0] },
            { key: "tokens_cached", label: "Cached input", color: CHART_COLORS[1] },
            { key: "tokens_out", label: "Output", color: CHART_COLORS[2] },
          ]}
          format="count"
          empty="No tokens used in this window."
        />
        <ChartCard
          title="Cost per active user per day"
          summary={`Average ${f(m.per_active_user.avg_usd, "usd")} per active user per day.`}
          kind="line"
          data={m.per_active_user.series}
          x="bucket"
          series={[{ key: "cost_per_user", label: "USD per active user", color: CHART_COLORS[3] }]}
          format="usd"
          empty="No active users with model spend in this window."
        />
      </div>
      <Table label="Model usage by operation" data-testid="cost-by-operation">
        <THead>
          <tr>
            <Th>Operation</Th>
            <Th className="text-right">Calls</Th>
            <Th className="text-right">Tokens in</Th>
            <Th className="text-right">Cached</Th>
            <Th className="text-right">Tokens out</Th>
            <Th className="text-right">USD</Th>
          </tr>
        </THead>
        <TBody>
          {m.by_operation.length ? (
            m.by_operation.map((o) => (
              <Tr key={o.operation}>
                <Th scope="row" className="font-medium text-ink">{o.operation}</Th>
                <Td className="text-right tabular-nums">{f(o.calls, "count")}</Td>
                <Td className="text-right tabular-nums">{f(o.tokens_in, "count")}</Td>
                <Td className="text-right tabular-nums">{f(o.tokens_cached, "count")}</Td>
                <Td className="text-right tabular-nums">{f(o.tokens_out, "count")}</Td>
                <Td className="text-right tabular-nums">{f(o.cost_usd, "usd")}</Td>
              </Tr>
            ))
          ) : (
            <tr>
              <Td colSpan={6} className="text-center text-ink-muted">No model calls in this window.</Td>
            </tr>
          )}
        </TBody>
      </Table>
    </MetricSection>
  );
}
