import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { SpendStatus } from "@/lib/ai/spend-guard";
import { formatValue } from "./metrics/format";

/** Shown on admin pages when today's AI spend reaches 80 % (warning) or 100 % (stopped) of AI_DAILY_BUDGET_USD. */
export function SpendBanner({ status }: { status: SpendStatus }) {
  if (status.state === "ok") return null;
  const spent = `${formatValue(status.today_usd, "usd")} of ${formatValue(status.budget_usd, "usd")}`;
  return (
    <Alert
      tone={status.state === "stopped" ? "error" : "warning"}
      data-testid="spend-banner"
      className="mb-6"
      title={status.state === "stopped" ? "AI budget reached: model calls are stopped for today" : `AI spend at ${Math.round(status.ratio * 100)}% of today's budget`}
      action={
        <Link href="/admin/metrics#cost" className="font-medium underline">
          See cost
        </Link>
      }
    >
      {status.state === "stopped"
        ? `Spent ${spent} today (UTC). Until midnight UTC resumes are parsed locally and matches are scored by the rules scorer.`
        : `Spent ${spent} today (UTC). At 100 % model calls stop until midnight UTC and the rules scorer carries on. Admins were emailed.`}
    </Alert>
  );
}
