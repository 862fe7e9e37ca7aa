import type { EngagementMetrics } from "@/lib/metrics/engagement";
import { ChartCard } from "./chart-card";
import { formatValue as f } from "./format";
import { MetricSection } from "./section";
import { CHART_COLORS } from "./chart-colors";
import { Stat, StatGrid } from "./stat";

export function EngagementSection({ m, per }: { m: EngagementMetrics; per: string }) {
  const feedback = [...m.feedback.by_value.map((v) => ({ name: v.value, count: v.count })), ...m.feedback.by_reason.map((r) => ({ name: `not interested: ${r.reason}`, count: r.count }))];
  return (
    <MetricSection id="engagement" title="Engagement" description="Are students signing up, opening digests and clicking matches?">
      <StatGrid>
        <Stat label="Profiles created" testId="metric-profiles-created" value={f(m.profiles_created, "count")} hint="New profiles in the window" />
        <Stat label="Match click-through" testId="metric-ctr" value={f(m.matches.ctr, "percent")} hint={`${m.matches.clicked} of ${m.matches.stored} matches stored in the window were clicked`} />
        <Stat label="Digest open rate" testId="metric-digest-open-rate" value={f(m.digests.open_rate, "percent")} hint={`${m.digests.opened} of ${m.digests.sent} digests emailed were opened`} />
        <Stat label="Digest click rate" testId="metric-digest-click-rate" value={f(m.digests.click_rate, "percent")} hint={`${m.digests.clicked} of ${m.digests.sent} digests had a job clicked`} />
      </StatGrid>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          title={`Profiles created per ${per}`}
          summary={`${m.profiles_created} profile${m.profiles_created === 1 ? "" : "s"} created in this window.`}
          kind="bar"
          data={m.profiles_series}
          x="bucket"
          series={[{ key: "profiles", label: "Profiles", color: CHART_COLORS[0] }]}
          format="count"
        />
        <ChartCard
          title="Feedback on matches"
          summary={`${m.feedback.total} feedback answer${m.feedback.total === 1 ? "" : "s"} in this window.`}
          kind="bar"
          data={feedback}
          x="name"
          xIsBucket={false}
          xLabel="Feedback"
          series={[{ key: "count", label: "Answers", color: CHART_COLORS[2] }]}
          format="count"
          empty="No feedback in this window."
        />
      </div>
    </MetricSection>
  );
}
