import type { ComponentProps } from "react";
import { cn } from "./cn";

type TableProps = ComponentProps<"table"> & {
  /** Accessible name of the scroll region (shown to screen readers only). */
  label?: string;
};

/** A data table that scrolls sideways on narrow screens instead of breaking the page. */
export function Table({ className, label, children, ...rest }: TableProps) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={label ? 0 : undefined}
      className="overflow-x-auto rounded-lg border border-line bg-surface shadow-card"
    >
      <table className={cn("w-full min-w-max border-collapse text-left text-sm", className)} {...rest}>
        {label ? <caption className="sr-only">{label}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...rest }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-line bg-subtle text-xs text-ink-muted", className)} {...rest} />;
}

export function TBody({ className, ...rest }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-line", className)} {...rest} />;
}

export function Tr({ className, ...rest }: ComponentProps<"tr">) {
  return <tr className={cn("transition-colors hover:bg-subtle/60", className)} {...rest} />;
}

export function Th({ className, scope = "col", ...rest }: ComponentProps<"th">) {
  return <th scope={scope} className={cn("px-4 py-2.5 font-medium whitespace-nowrap", className)} {...rest} />;
}

export function Td({ className, ...rest }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-3 align-top text-ink", className)} {...rest} />;
}
