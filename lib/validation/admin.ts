import { z } from "zod";
import { METRIC_WINDOWS } from "@/lib/metrics/window";

// GET /api/v1/admin/metrics
export const metricsQuerySchema = z.object({ window: z.enum(METRIC_WINDOWS).default("7d") });
