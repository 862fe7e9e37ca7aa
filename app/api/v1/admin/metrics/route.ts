import { withAdmin } from "@/lib/api";
import { getMetrics } from "@/lib/metrics";
import { metricsQuerySchema } from "@/lib/validation/admin";

// GET /api/v1/admin/metrics?window=24h|7d|30d – admin: system, engagement, AI quality and cost metrics over a window
export const GET = withAdmin(async ({ searchParams }) => {
  const { window } = metricsQuerySchema.parse(searchParams);
  return Response.json(await getMetrics(window));
});
