import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type StatProps = { label: string; value: ReactNode; hint?: ReactNode; testId?: string; tone?: "default" | "warning" | "danger" };

/** One headline number with its label and a short note on how it is computed. */
export function Stat({ label, value, hint, testId, tone = "default" }: StatProps) {
  return (
    <div className="rounded-lg border border-line bg-surface px-4 py-3 shadow-card">
      <dt className="text-xs font-medium text-ink-muted">{label}</dt>
      <dd
        data-testid={testId}
        className={cn("mt-1 text-2xl font-semibold tabular-nums", tone === "warning" ? "text-warning-ink" : tone === "danger" ? "text-danger-ink" : "text-ink")}
      >
        {value}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-ink-subtle">{hint}</dd> : null}
    </div>
  );
}

export function StatGrid({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">{children}</dl>;
}
