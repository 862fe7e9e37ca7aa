"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { FEEDBACK_REASON_LABELS, type FeedbackReason } from "./match-format";

const REASONS = Object.keys(FEEDBACK_REASON_LABELS) as FeedbackReason[];

type ReasonMenuProps = { jobTitle: string; disabled?: boolean; loading?: boolean; onPick: (reason: FeedbackReason) => void };

/**
 * "Not interested" opens a small menu of reasons (WAI-ARIA menu button):
 * arrows move, Home/End jump, Escape closes and returns focus, Tab closes.
 */
export function ReasonMenu({ jobTitle, disabled, loading, onPick }: ReasonMenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  function openAt(index: number) {
    setActive(index);
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  function onMenuKey(e: KeyboardEvent) {
    const last = REASONS.length - 1;
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    if (e.key in moves) {
      e.preventDefault();
      setActive(moves[e.key]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    } else if (e.key === "Tab") {
      setOpen(false);
    }
  }

  return (
    <div ref={root} className="relative">
      <Button
        ref={button}
        size="sm"
        variant="ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Not interested in ${jobTitle}`}
        disabled={disabled}
        loading={loading}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            openAt(e.key === "ArrowDown" ? 0 : REASONS.length - 1);
          }
        }}
        data-testid="match-feedback-not-interested"
      >
        Not interested
      </Button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label="Why not?"
          onKeyDown={onMenuKey}
          className="absolute top-full left-0 z-20 mt-1 w-48 rounded-md border border-line bg-surface py-1 shadow-pop"
        >
          <p aria-hidden="true" className="px-3 pt-1 pb-1.5 text-xs font-semibold text-ink-subtle">
            Why not?
          </p>
          {REASONS.map((reason, i) => (
            <button
              key={reason}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              onClick={() => {
                close(false);
                onPick(reason);
              }}
              className="block w-full px-3 py-1.5 text-left text-sm text-ink hover:bg-subtle focus-visible:bg-subtle focus-visible:outline-offset-[-2px]"
              data-testid={`feedback-reason-${reason}`}
            >
              {FEEDBACK_REASON_LABELS[reason]}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
