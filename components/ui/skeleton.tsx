import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A placeholder block with the size of the content to come (so nothing jumps when it loads). */
export function Skeleton({ className, ...rest }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-shimmer bg-line", !className?.includes("rounded") && "rounded-md", className)} {...rest} />;
}
