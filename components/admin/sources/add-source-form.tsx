"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { createSource, errorMessageOf, fieldErrorsOf, type SourceInput } from "./sources-client";
import { type SourceFieldErrors, SourceFormFields } from "./source-form-fields";

const EMPTY: SourceInput = { name: "", kind: "rss", url: "" };

/** Adds a feed or ATS board; the server's 422/409 messages land on the field they name. */
export function AddSourceForm({ onAdded }: { onAdded: (message: string) => void }) {
  const router = useRouter();
  const [value, setValue] = useState<SourceInput>(EMPTY);
  const [errors, setErrors] = useState<SourceFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [, startTransition] = useTransition();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      const source = await createSource({
        ...value,
        name: value.name.trim(),
        url: value.url.trim(),
      });
      setValue(EMPTY);
      onAdded(`Added “${source.name}”. It will be fetched on the next run, or use Fetch now.`);
      startTransition(() => router.refresh());
    } catch (err) {
      setErrors(fieldErrorsOf(err));
      setFormError(errorMessageOf(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle id="add-source-title">Add a source</CardTitle>
        <CardDescription>
          An RSS or Atom feed of job posts, or a company&apos;s public Greenhouse, Lever or Ashby board.
        </CardDescription>
      </CardHeader>
      <CardBody>
        <form aria-labelledby="add-source-title" onSubmit={submit} className="space-y-4">
          {formError ? (
            <Alert tone="error" title="The source wasn't added" data-testid="source-error">
              {formError}
            </Alert>
          ) : null}
          <div className="grid gap-4 md:grid-cols-[1fr_12rem]">
            <SourceFormFields value={value} onChange={setValue} errors={errors} disabled={saving} idPrefix="source-add" />
          </div>
          <div className="flex justify-end">
            <Button type="submit" loading={saving} data-testid="source-add-submit" className="w-full sm:w-auto">
              Add source
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
