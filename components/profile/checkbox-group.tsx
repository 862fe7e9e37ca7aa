"use client";
import { EditedBadge } from "./edited-badge";

type CheckboxGroupProps = {
  legend: string;
  options: readonly string[];
  labels: Record<string, string>;
  values: string[];
  onChange: (values: string[]) => void;
  edited?: boolean;
  hint?: string;
};

/** A fieldset of checkboxes for a multi-choice setting; order follows `options`. */
export function CheckboxGroup({ legend, options, labels, values, onChange, edited, hint }: CheckboxGroupProps) {
  function toggle(option: string, on: boolean) {
    onChange(options.filter((o) => (o === option ? on : values.includes(o))));
  }
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-medium text-ink">
        {legend}
        <EditedBadge show={edited} />
      </legend>
      {hint ? <p className="mb-2 text-xs text-ink-muted">{hint}</p> : null}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option}
            className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-line-strong bg-surface px-3 text-sm text-ink has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring"
          >
            <input
              type="checkbox"
              className="size-4 accent-accent focus-visible:outline-none"
              checked={values.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            {labels[option] ?? option}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
