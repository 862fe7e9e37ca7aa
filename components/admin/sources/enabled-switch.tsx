"use client";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";

type EnabledSwitchProps = {
  checked: boolean;
  pending: boolean;
  label: string;
  onChange: (next: boolean) => void;
};

/** An on/off switch (role="switch"), with the state also in words so it never relies on colour. */
export function EnabledSwitch({ checked, pending, label, onChange }: EnabledSwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      aria-busy={pending || undefined}
      disabled={pending}
      onClick={() => onChange(!checked)}
      data-testid="source-toggle"
      className="group inline-flex items-center gap-2 rounded-full text-sm text-ink-muted disabled:opacity-70"
    >
      <span
        aria-hidden="true"
        className={cn(
          "relative inline-flex h-6 w-10 shrink-0 items-center rounded-full border transition-colors",
          checked ? "border-accent bg-accent" : "border-line-strong bg-subtle",
        )}
      >
        <span
          className={cn(
            "absolute left-0.5 flex size-4.5 items-center justify-center rounded-full bg-white shadow-sm transition-transform",
            checked && "translate-x-4",
          )}
        >
          {pending ? <Spinner className="size-3 text-accent" /> : null}
        </span>
      </span>
      <span aria-hidden="true" className="w-6 text-left">
        {checked ? "On" : "Off"}
      </span>
    </button>
  );
}
