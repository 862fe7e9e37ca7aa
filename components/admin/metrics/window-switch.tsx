import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { METRIC_WINDOWS, type MetricWindow } from "@/lib/metrics/window";

const LABELS: Record<MetricWindow, string> = { "24h": "24 hours", "7d": "7 days", "30d": "30 days" };

/** Plain links (`?window=`), so switching works without JavaScript. */
export function WindowSwitch({ current }: { current: MetricWindow }) {
  return (
    <nav aria-label="Time window" className="inline-flex rounded-md border border-line-strong bg-surface p-0.5 shadow-sm">
      {METRIC_WINDOWS.map((w) => (
        <Link
          key={w}
          href={`/admin/metrics?window=${w}`}
          aria-current={w === current ? "page" : undefined}
          data-testid={`metrics-window-${w}`}
          className={cn("rounded px-3 py-1.5 text-sm font-medium", w === current ? "bg-accent text-on-accent" : "text-ink-muted hover:bg-subtle hover:text-ink")}
        >
          {LABELS[w]}
        </Link>
      ))}
    </nav>
  );
}
