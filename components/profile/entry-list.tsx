"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { EditedBadge } from "./edited-badge";

type EntryListProps<T> = {
  legend: string;
  /** "role", "degree": used in button names. */
  noun: string;
  items: T[];
  onChange: (items: T[]) => void;
  makeEmpty: () => T;
  summarize: (item: T) => { title: string; meta?: string };
  renderFields: (item: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
  emptyText: string;
  edited?: boolean;
  max?: number;
};

// Keys of entries added in this browser; entries from the server are keyed by position (same on both sides of hydration).
let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

/** An editable list of records, each folded into a <details> that shows a one-line summary. */
export function EntryList<T>({ legend, noun, items, onChange, makeEmpty, summarize, renderFields, emptyText, edited, max = 30 }: EntryListProps<T>) {
  const [keys, setKeys] = useState(() => items.map((_, i) => `pos-${i}`));
  const [added, setAdded] = useState<Set<string>>(() => new Set());
  const listRef = useRef<HTMLOListElement>(null);
  const focusKey = useRef<string | null>(null);
  // Items replaced from outside (after a save) keep their positions' keys.
  const safeKeys = keys.length === items.length ? keys : items.map((_, i) => `pos-${i}`);

  useEffect(() => {
    if (!focusKey.current) return;
    const entry = listRef.current?.querySelector(`[data-entry="${focusKey.current}"]`);
    // A new entry: its first field; after a removal: the neighbour's summary.
    (entry?.querySelector<HTMLElement>("details[open] input") ?? entry?.querySelector<HTMLElement>("summary"))?.focus();
    focusKey.current = null;
  }, [items.length]);

  function add() {
    const key = newKey();
    focusKey.current = key;
    setKeys([...safeKeys, key]);
    setAdded((s) => new Set(s).add(key));
    onChange([...items, makeEmpty()]);
  }

  function remove(index: number) {
    const neighbour = safeKeys[index + 1] ?? safeKeys[index - 1] ?? null;
    focusKey.current = neighbour;
    setKeys(safeKeys.filter((_, i) => i !== index));
    onChange(items.filter((_, i) => i !== index));
  }

  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="mb-3 text-sm font-medium text-ink">
        {legend}
        <EditedBadge show={edited} />
      </legend>
      {items.length === 0 ? <p className="text-sm text-ink-subtle">{emptyText}</p> : null}
      <ol ref={listRef} className="space-y-3">
        {items.map((item, index) => {
          const key = safeKeys[index];
          const { title, meta } = summarize(item);
          return (
            <li key={key} data-entry={key}>
              <details open={added.has(key) || undefined} className="group rounded-md border border-line bg-surface open:bg-subtle/40">
                <summary className="flex cursor-pointer list-none items-start justify-between gap-3 rounded-md px-4 py-3 [&::-webkit-details-marker]:hidden">
                  <span className="min-w-0">
                    <span className="block font-medium break-words text-ink">{title}</span>
                    {meta ? <span className="block text-xs text-ink-muted">{meta}</span> : null}
                  </span>
                  <span className="shrink-0 text-xs font-medium text-accent-ink">
                    <span className="group-open:hidden">Edit</span>
                    <span className="hidden group-open:inline">Close</span>
                  </span>
                </summary>
                <div className="space-y-4 border-t border-line px-4 py-4">
                  {renderFields(item, (patch) => onChange(items.map((it, i) => (i === index ? { ...it, ...patch } : it))), index)}
                  <div className="flex justify-end">
                    <Button variant="ghost" size="sm" onClick={() => remove(index)} className="text-danger-ink hover:text-danger-ink">
                      Remove {noun}
                      <span className="sr-only">: {title}</span>
                    </Button>
                  </div>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" size="sm" onClick={add} disabled={items.length >= max}>
        + Add {items.length === 0 ? `a ${noun}` : `another ${noun}`}
      </Button>
    </fieldset>
  );
}
