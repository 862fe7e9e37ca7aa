import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "error";

const tones: Record<AlertTone, string> = {
  info: "border-info-line bg-info-bg text-info-ink",
  success: "border-success-line bg-success-bg text-success-ink",
  warning: "border-warning-line bg-warning-bg text-warning-ink",
  error: "border-danger-line bg-danger-bg text-danger-ink",
};

const icons: Record<AlertTone, string> = {
  info: "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm-.75-9.25a.75.75 0 0 1 1.5 0v4.5a.75.75 0 0 1-1.5 0v-4.5ZM10 7a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  success:
    "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.66a.75.75 0 0 0-1.22-.87l-3.24 4.53-1.62-1.62a.75.75 0 0 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.1l3.75-5.25Z",
  warning:
    "M8.49 2.9c.66-1.2 2.36-1.2 3.02 0l6.28 11.42A1.75 1.75 0 0 1 16.28 17H3.72a1.75 1.75 0 0 1-1.51-2.68L8.49 2.9ZM10 6a.75.75 0 0 0-.75.75v3.5a.75.75 0 0 0 1.5 0v-3.5A.75.75 0 0 0 10 6Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  error:
    "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM8.28 7.22a.75.75 0 0 0-1.06 1.06L8.94 10l-1.72 1.72a.75.75 0 1 0 1.06 1.06L10 11.06l1.72 1.72a.75.75 0 1 0 1.06-1.06L11.06 10l1.72-1.72a.75.75 0 0 0-1.06-1.06L10 8.94 8.28 7.22Z",
};

type AlertProps = Omit<ComponentProps<"div">, "title"> & {
  tone?: AlertTone;
  title?: ReactNode;
  action?: ReactNode;
};

/** A message box. Errors use role="alert" (announced at once); the rest are polite status. */
export function Alert({ tone = "info", title, action, className, children, ...rest }: AlertProps) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("flex gap-3 rounded-md border px-4 py-3 text-sm", tones[tone], className)}
      {...rest}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="mt-0.5 size-4 shrink-0">
        <path fillRule="evenodd" clipRule="evenodd" d={icons[tone]} />
      </svg>
      <div className="min-w-0 flex-1 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="leading-relaxed">{children}</div> : null}
      </div>
      {action ? <div className="shrink-0 self-center">{action}</div> : null}
    </div>
  );
}
