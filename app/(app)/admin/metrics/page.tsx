import type { Metadata } from "next";
import { CostSection } from "@/components/admin/metrics/cost-section";
import { EngagementSection } from "@/components/admin/metrics/engagement-section";
import { QualitySection } from "@/components/admin/metrics/quality-section";
import { SchedulerCard } from "@/components/admin/metrics/scheduler-card";
import { SystemSection } from "@/components/admin/metrics/system-section";
import { WindowSwitch } from "@/components/admin/metrics/window-switch";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { getHealth } from "@/lib/health";
import { getMetrics } from "@/lib/metrics";
import { metricWindowSchema } from "@/lib/metrics/window";

export const metadata: Metadata = { title: "Metrics · Admin" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The admin layout has already refused non-admins (and shows the AI spend banner).
export default async function AdminMetricsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).window;
  const window = metricWindowSchema.parse(Array.isArray(raw) ? raw[0] : raw);
  const [metrics, health] = await Promise.all([getMetrics(window), getHealth()]);
  const per = metrics.bucket;
  const nothingYet =
    metrics.system.throughput.jobs_fetched + metrics.system.throughput.jobs_scored + metrics.engagement.profiles_created + metrics.cost.total_calls + metrics.system.pipeline_runs.length === 0;

  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Metrics"
        testId="page-admin-metrics"
        description={`How the service is doing over the last ${window === "24h" ? "24 hours" : window === "7d" ? "7 days" : "30 days"} (UTC), from the database.`}
        actions={<WindowSwitch current={window} />}
      />
      <div className="space-y-10">
        <SchedulerCard health={health} />
        {nothingYet ? (
          <EmptyState icon={<ChartIcon />} title="Nothing happened in this window yet">
            <p>Metrics appear once jobs are fetched, students sign up and matches are scored. Try a longer window, or run <code className="font-mono">npm run pipeline -- all</code>.</p>
          </EmptyState>
        ) : null}
        <SystemSection m={metrics.system} per={per} />
        <EngagementSection m={metrics.engagement} per={per} />
        <QualitySection m={metrics.ai_quality} />
        <CostSection m={metrics.cost} per={per} />
      </div>
    </>
  );
}
