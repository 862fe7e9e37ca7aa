import type { ComponentProps } from "react";
import { cn } from "./cn";

type LabelProps = ComponentProps<"label"> & { optional?: boolean };

export function Label({ className, children, optional, ...rest }: LabelProps) {
  return (
    <label className={cn("block text-sm font-medium text-ink", className)} {...rest}>
      {children}
      {optional ? <span className="ml-1 font-normal text-ink-subtle">(optional)</span> : null}
    </label>
  );
}
