"use client";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { SourceKind } from "@/lib/jobs/sources";
import type { SourceInput } from "./sources-client";
import { KIND_OPTIONS, URL_HINT, URL_LABEL, URL_PLACEHOLDER } from "./source-kinds";

export type SourceFieldErrors = Partial<Record<keyof SourceInput, string>>;

type SourceFormFieldsProps = {
  value: SourceInput;
  onChange: (value: SourceInput) => void;
  errors: SourceFieldErrors;
  disabled?: boolean;
  /** Prefix for ids and data-testids, e.g. "source-add" → source-add-name. */
  idPrefix: string;
};

function UrlHint({ kind }: { kind: SourceKind }) {
  const hint = URL_HINT[kind];
  if (!hint.target) return <>{hint.lead}</>;
  return (
    <>
      {hint.lead}, e.g. <code className="font-mono">acme</code> → <code className="font-mono break-all">{hint.target}</code>. A
      full http(s) URL works too.
    </>
  );
}

/** Name, kind and URL/token – the same three fields for adding and editing a source. */
export function SourceFormFields({ value, onChange, errors, disabled, idPrefix }: SourceFormFieldsProps) {
  const set = (patch: Partial<SourceInput>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field label="Name" error={errors.name} id={`${idPrefix}-name`}>
        {(p) => (
          <Input
            {...p}
            name="name"
            required
            maxLength={200}
            autoComplete="off"
            placeholder="Acme (Greenhouse)"
            value={value.name}
            disabled={disabled}
            onChange={(e) => set({ name: e.target.value })}
            data-testid={`${idPrefix}-name`}
          />
        )}
      </Field>
      <Field label="Kind" error={errors.kind} id={`${idPrefix}-kind`}>
        {(p) => (
          <Select
            {...p}
            name="kind"
            value={value.kind}
            disabled={disabled}
            onChange={(e) => set({ kind: e.target.value as SourceKind })}
            data-testid={`${idPrefix}-kind`}
          >
            {KIND_OPTIONS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label={URL_LABEL[value.kind]}
        hint={<UrlHint kind={value.kind} />}
        error={errors.url}
        id={`${idPrefix}-url`}
        className="md:col-span-2"
      >
        {(p) => (
          <Input
            {...p}
            name="url"
            required
            maxLength={2000}
            autoComplete="off"
            spellCheck={false}
            inputMode="url"
            placeholder={URL_PLACEHOLDER[value.kind]}
            value={value.url}
            disabled={disabled}
            onChange={(e) => set({ url: e.target.value })}
            data-testid={`${idPrefix}-url`}
          />
        )}
      </Field>
    </>
  );
}
