"use client";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type ResumeMode = "file" | "paste";

const TABS: { mode: ResumeMode; label: string; testId: string }[] = [
  { mode: "file", label: "Upload a file", testId: "resume-file-tab" },
  { mode: "paste", label: "Paste text instead", testId: "resume-paste-tab" },
];

/** WAI-ARIA tabs (arrow keys move between them) around one panel. */
export function ResumeTabs({
  mode,
  onChange,
  disabled,
  panelId,
  children,
}: {
  mode: ResumeMode;
  onChange: (mode: ResumeMode) => void;
  disabled?: boolean;
  panelId: string;
  children: ReactNode;
}) {
  const refs = useRef<Record<ResumeMode, HTMLButtonElement | null>>({ file: null, paste: null });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
    event.preventDefault();
    const index = TABS.findIndex((t) => t.mode === mode);
    const next =
      event.key === "Home" ? 0 : event.key === "End" ? TABS.length - 1 : (index + (event.key === "ArrowRight" ? 1 : -1) + TABS.length) % TABS.length;
    onChange(TABS[next].mode);
    refs.current[TABS[next].mode]?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label="How to add your resume" onKeyDown={onKeyDown} className="mb-4 inline-flex rounded-md bg-subtle p-1">
        {TABS.map((tab) => {
          const selected = tab.mode === mode;
          return (
            <button
              key={tab.mode}
              ref={(el) => {
                refs.current[tab.mode] = el;
              }}
              type="button"
              role="tab"
              id={`${panelId}-${tab.mode}`}
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              disabled={disabled}
              data-testid={tab.testId}
              onClick={() => onChange(tab.mode)}
              className={cn(
                "h-8 rounded px-3 text-sm font-medium transition-colors disabled:opacity-60",
                selected ? "bg-surface text-ink shadow-sm" : "text-ink-muted hover:text-ink",
              )}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={`${panelId}-${mode}`}>
        {children}
      </div>
    </div>
  );
}
