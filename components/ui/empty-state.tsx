import type { ReactNode } from "react";
import { cn } from "./cn";

type EmptyStateProps = {
  icon?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
  /** Use 1 when the empty state is the whole page (e.g. "Admins only", 404). */
  headingLevel?: 1 | 2 | 3;
  /** data-testid for the heading. */
  titleTestId?: string;
};

/** What a student sees before there is data: what will appear here and what to do now. */
export function EmptyState({ icon, title, children, action, className, headingLevel = 2, titleTestId }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      className={cn(
        "flex flex-col items-center rounded-lg border border-dashed border-line-strong bg-surface px-6 py-12 text-center",
        className,
      )}
    >
      {icon ? (
        <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-accent-soft text-accent-ink [&>svg]:size-6">
          {icon}
        </div>
      ) : null}
      <Heading data-testid={titleTestId} className="text-base font-semibold text-balance text-ink">
        {title}
      </Heading>
      {children ? <div className="mt-2 max-w-md text-sm leading-relaxed text-ink-muted">{children}</div> : null}
      {action ? <div className="mt-6 flex flex-wrap items-center justify-center gap-3">{action}</div> : null}
    </section>
  );
}
