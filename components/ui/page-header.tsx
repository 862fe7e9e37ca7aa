import type { ReactNode } from "react";
import { cn } from "./cn";

type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Small label above the title, e.g. "Admin". */
  eyebrow?: ReactNode;
  /** data-testid for the h1, e.g. "page-profile". */
  testId?: string;
  className?: string;
};

export function PageHeader({ title, description, actions, eyebrow, testId, className }: PageHeaderProps) {
  return (
    <div className={cn("mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between", className)}>
      <div className="min-w-0 space-y-1">
        {eyebrow ? <p className="text-xs font-semibold tracking-wide text-accent-ink uppercase">{eyebrow}</p> : null}
        <h1 data-testid={testId} className="text-2xl font-semibold tracking-tight text-ink text-balance">
          {title}
        </h1>
        {description ? <p className="max-w-2xl text-sm text-ink-muted text-pretty">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
