"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { CloseIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { EditedBadge } from "./edited-badge";

type ChipListFieldProps = {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Placeholder of the add box, e.g. "e.g. Python". */
  placeholder?: string;
  emptyText?: string;
  edited?: boolean;
  maxItems?: number;
  maxLength?: number;
  /** Split typed text on commas ("Go, Rust" adds two). Off for things like "Berlin, Germany". */
  splitOnComma?: boolean;
  chipTestId?: string;
  addTestId?: string;
};

/** A list of removable chips plus a box to add more (Enter or the Add button). */
export function ChipListField({
  label,
  values,
  onChange,
  placeholder,
  emptyText = "Nothing here yet.",
  edited,
  maxItems = 50,
  maxLength = 120,
  splitOnComma = false,
  chipTestId,
  addTestId,
}: ChipListFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusAfterRemove = useRef<number | null>(null);

  // After a removal, keep keyboard users in the list: focus the next chip's remove button, else the add box.
  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-remove]");
    const target = buttons?.[Math.min(index, buttons.length - 1)];
    (target ?? inputRef.current)?.focus();
  }, [values]);

  function add() {
    const items = (splitOnComma ? draft.split(",") : [draft]).map((s) => s.trim().replace(/\s+/g, " ")).filter(Boolean);
    if (items.length === 0) return;
    const next = [...values];
    for (const item of items) {
      if (item.length > maxLength) return setError(`Keep each entry under ${maxLength} characters.`);
      if (next.some((v) => v.toLowerCase() === item.toLowerCase())) return setError(`“${item}” is already in the list.`);
      if (next.length >= maxItems) return setError(`You can list up to ${maxItems} here.`);
      next.push(item);
    }
    onChange(next);
    setDraft("");
    setError(null);
    setAnnouncement(`Added ${items.join(", ")}.`);
  }

  function remove(index: number) {
    const removed = values[index];
    focusAfterRemove.current = index;
    onChange(values.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${removed}.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault(); // add, don't submit the section
      add();
    }
  }

  const inputId = `${id}-add`;
  const errorId = `${id}-error`;
  return (
    <fieldset className="min-w-0 space-y-2.5">
      <legend className="mb-2.5 text-sm font-medium text-ink">
        {label}
        <EditedBadge show={edited} />
      </legend>
      {values.length > 0 ? (
        <ul ref={listRef} aria-label={label} className="flex flex-wrap gap-1.5">
          {values.map((value, index) => (
            <li
              key={value}
              data-testid={chipTestId}
              className="inline-flex max-w-full items-center gap-0.5 rounded-full border border-line bg-subtle py-0.5 pr-0.5 pl-3 text-sm text-ink"
            >
              <span className="min-w-0 break-words">{value}</span>
              <button
                type="button"
                data-remove
                aria-label={`Remove ${value}`}
                onClick={() => remove(index)}
                className="inline-flex size-6 shrink-0 items-center justify-center rounded-full text-ink-subtle hover:bg-line hover:text-ink"
              >
                <CloseIcon className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-subtle">{emptyText}</p>
      )}
      <div className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          Add to {label.toLowerCase()}
        </label>
        <Input
          ref={inputRef}
          id={inputId}
          value={draft}
          placeholder={placeholder}
          onChange={(event) => {
            setDraft(event.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          enterKeyHint="done"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={addTestId}
          className="min-w-0 flex-1"
        />
        <Button variant="secondary" onClick={add} disabled={!draft.trim()}>
          Add<span className="sr-only"> to {label.toLowerCase()}</span>
        </Button>
      </div>
      {error ? (
        <p id={errorId} className="text-xs font-medium text-danger-ink">
          {error}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
