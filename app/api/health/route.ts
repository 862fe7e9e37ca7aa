import { getHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

// GET /api/health – 200 with each concern's mode, 503 when the database is unreachable
export async function GET() {
  const health = await getHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
