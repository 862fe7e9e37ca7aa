"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SourceKind } from "@/lib/jobs/sources";
import { errorMessageOf, fieldErrorsOf, type SourceInput, type SourceView, updateSource } from "./sources-client";
import { type SourceFieldErrors, SourceFormFields } from "./source-form-fields";

type EditSourceDialogProps = {
  source: SourceView;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** A modal <dialog> (native focus trap and Escape) that PATCHes only the fields that changed. */
export function EditSourceDialog({ source, onClose, onSaved }: EditSourceDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const initial: SourceInput = {
    name: source.name,
    kind: source.kind as SourceKind,
    url: source.url,
  };
  const [value, setValue] = useState<SourceInput>(initial);
  const [errors, setErrors] = useState<SourceFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const patch: Partial<SourceInput> = {};
    if (value.name.trim() !== source.name) patch.name = value.name.trim();
    if (value.kind !== source.kind) patch.kind = value.kind;
    if (value.url.trim() !== source.url) patch.url = value.url.trim();
    if (Object.keys(patch).length === 0) return ref.current?.close();
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      const updated = await updateSource(source.id, patch);
      const retargeted = patch.kind !== undefined || patch.url !== undefined;
      onSaved(`Saved “${updated.name}”.${retargeted ? " Its feed state was reset; it will be fetched on the next run." : ""}`);
      ref.current?.close();
    } catch (err) {
      setErrors(fieldErrorsOf(err));
      setFormError(errorMessageOf(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={`edit-source-${source.id}-title`}
      className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-ink shadow-pop backdrop:bg-black/40"
      data-testid="source-edit-dialog"
    >
      <form onSubmit={submit} className="space-y-4 p-5">
        <div>
          <h2 id={`edit-source-${source.id}-title`} className="text-base font-semibold">
            Edit source
          </h2>
          <p className="text-sm text-ink-muted">
            Changing the kind or URL forgets the feed state (ETag, failures) and fetches it afresh.
          </p>
        </div>
        {formError ? (
          <Alert tone="error" title="Not saved" data-testid="source-error">
            {formError}
          </Alert>
        ) : null}
        <SourceFormFields value={value} onChange={setValue} errors={errors} disabled={saving} idPrefix="source-edit" />
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={() => ref.current?.close()} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} data-testid="source-edit-submit">
            Save changes
          </Button>
        </div>
      </form>
    </dialog>
  );
}
