import { getAiQualityMetrics } from "./ai-quality";
import { getCostMetrics } from "./cost";
import { getEngagementMetrics } from "./engagement";
import { getSystemMetrics } from "./system";
import { type MetricWindow, windowRange } from "./window";

/** Every metric group over one window (GET /api/v1/admin/metrics and the Metrics page). */
export async function getMetrics(window: MetricWindow, now: Date = new Date()) {
  const range = windowRange(window, now);
  const [system, engagement, aiQuality, cost] = await Promise.all([
    getSystemMetrics(range),
    getEngagementMetrics(range),
    getAiQualityMetrics(range),
    getCostMetrics(range),
  ]);
  return { window, since: range.since.toISOString(), until: range.until.toISOString(), bucket: range.bucket, system, engagement, ai_quality: aiQuality, cost };
}
export type Metrics = Awaited<ReturnType<typeof getMetrics>>;
