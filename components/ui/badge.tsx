import type { ComponentProps } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "brand" | "info" | "success" | "warning" | "danger";

const tones: Record<BadgeTone, string> = {
  neutral: "border-line bg-subtle text-ink-muted",
  brand: "border-brand-200 bg-accent-soft text-accent-ink dark:border-brand-800",
  info: "border-info-line bg-info-bg text-info-ink",
  success: "border-success-line bg-success-bg text-success-ink",
  warning: "border-warning-line bg-warning-bg text-warning-ink",
  danger: "border-danger-line bg-danger-bg text-danger-ink",
};

type BadgeProps = ComponentProps<"span"> & { tone?: BadgeTone };

export function Badge({ tone = "neutral", className, ...rest }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        tones[tone],
        className,
      )}
      {...rest}
    />
  );
}
