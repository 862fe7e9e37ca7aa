import { costPerActiveUserByDay, sumAiUsageByBucket, sumAiUsageByOperation } from "@/db/queries/metrics";
import { getAiBudgets } from "@/lib/ai/budget";
import { getSpendStatus } from "@/lib/ai/spend-guard";
import { ratio, type WindowRange, zeroFill } from "./window";

const USAGE = ["calls", "tokens_in", "tokens_cached", "tokens_out", "cost_usd"] as const;

/**
 * Model cost over a window: tokens and USD per bucket and per operation, cost
 * per active user per UTC day (active = a stored score or a model call that
 * day), and today's spend against the daily budgets.
 */
export async function getCostMetrics(range: WindowRange) {
  // Per-user cost is always per UTC day, whatever the window's bucket.
  const days = [...new Set(range.keys.map((k) => k.slice(0, 10)))];
  const [usage, byOperation, perUser, today] = await Promise.all([
    sumAiUsageByBucket(range, range.bucket),
    sumAiUsageByOperation(range),
    costPerActiveUserByDay(range),
    getSpendStatus(range.until),
  ]);
  const series = zeroFill<Record<(typeof USAGE)[number], number>>(range.keys, usage, [...USAGE]);
  const perUserSeries = zeroFill<{ active_users: number; cost_usd: number }>(days, perUser, ["active_users", "cost_usd"]).map((p) => ({
    ...p,
    cost_per_user: ratio(p.cost_usd, p.active_users),
  }));
  const userDays = perUserSeries.reduce((n, p) => n + p.active_users, 0);
  const totalUsd = series.reduce((n, p) => n + p.cost_usd, 0);
  return {
    total_usd: totalUsd,
    total_calls: series.reduce((n, p) => n + p.calls, 0),
    tokens: {
      in: series.reduce((n, p) => n + p.tokens_in, 0),
      cached: series.reduce((n, p) => n + p.tokens_cached, 0),
      out: series.reduce((n, p) => n + p.tokens_out, 0),
    },
    series,
    by_operation: byOperation,
    per_active_user: { series: perUserSeries, user_days: userDays, avg_usd: ratio(perUserSeries.reduce((n, p) => n + p.cost_usd, 0), userDays) },
    today,
    budgets: getAiBudgets(),
  };
}
export type CostMetrics = Awaited<ReturnType<typeof getCostMetrics>>;
