import type { AiQualityMetrics } from "@/lib/metrics/ai-quality";
import { ChartCard } from "./chart-card";
import { formatValue as f } from "./format";
import { MetricSection } from "./section";
import { CHART_COLORS } from "./chart-colors";
import { Stat, StatGrid } from "./stat";

export function QualitySection({ m }: { m: AiQualityMetrics }) {
  const t = m.top10_feedback;
  return (
    <MetricSection id="quality" title="AI quality" description="How good are the matches we rank highest?">
      <StatGrid>
        <Stat label="Average compatibility" testId="metric-avg-score" value={f(m.avg_score, "score")} hint={`Mean score of ${m.scores_stored} matches stored in the window`} />
        <Stat label="Top-10 interested" testId="metric-top10-interested" value={f(t.interested_share, "percent")} hint={`${t.interested} interested or applied on students' ten best matches`} />
        <Stat
          label="Top-10 not interested"
          testId="metric-top10-not-interested"
          value={f(t.not_interested_share, "percent")}
          hint={`${t.not_interested} turned down: a proxy for false positives`}
          tone={t.not_interested_share !== null && t.not_interested_share > 0.5 ? "warning" : "default"}
        />
      </StatGrid>
      <ChartCard
        title="Average score by scoring method"
        summary={m.by_method.length ? m.by_method.map((b) => `${b.method}: ${f(b.avg, "score")} over ${b.count}`).join("; ") + "." : "No matches stored in this window."}
        kind="bar"
        data={m.by_method}
        x="method"
        xIsBucket={false}
        xLabel="Method"
        series={[{ key: "avg", label: "Average score", color: CHART_COLORS[0] }]}
        format="score"
      />
    </MetricSection>
  );
}
