import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlStyles } from "./control-styles";

export function Textarea({ className, rows = 4, ...rest }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(controlStyles, "min-h-20 py-2 leading-relaxed", className)} {...rest} />;
}
