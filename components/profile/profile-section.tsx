"use client";
import type { FormEvent, ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckIcon } from "@/components/ui/icons";
import type { SaveStatus } from "./use-profile-save";

type ProfileSectionProps = {
  id: string;
  title: string;
  description?: ReactNode;
  /** Right of the title, e.g. a source badge. */
  badge?: ReactNode;
  status: SaveStatus;
  dirty: boolean;
  onSave: () => void;
  saveTestId?: string;
  children: ReactNode;
};

/** One editable card of the profile: its own form, its own Save, and a polite status line. */
export function ProfileSection({ id, title, description, badge, status, dirty, onSave, saveTestId, children }: ProfileSectionProps) {
  const titleId = `${id}-title`;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave();
  }
  return (
    <Card id={id} className="scroll-mt-24">
      <section aria-labelledby={titleId}>
        <CardHeader>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <CardTitle id={titleId}>{title}</CardTitle>
            {badge}
          </div>
          {description ? <CardDescription>{description}</CardDescription> : null}
        </CardHeader>
        <form onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
          <CardBody className="space-y-6">
            {children}
            {status.state === "error" ? (
              <Alert tone="error" title="Not saved" data-testid="profile-save-error">
                {status.message}
              </Alert>
            ) : null}
          </CardBody>
          <CardFooter className="flex-wrap justify-between">
            <p role="status" aria-live="polite" className="min-h-5 text-sm text-ink-muted">
              <SaveStatusText status={status} dirty={dirty} />
            </p>
            <Button type="submit" loading={status.state === "saving"} data-testid={saveTestId}>
              Save<span className="sr-only"> {title.toLowerCase()}</span>
            </Button>
          </CardFooter>
        </form>
      </section>
    </Card>
  );
}

function SaveStatusText({ status, dirty }: { status: SaveStatus; dirty: boolean }) {
  if (status.state === "saving") return <>Saving…</>;
  if (dirty) return <span className="font-medium text-warning-ink">Unsaved changes</span>;
  if (status.state === "saved") {
    return (
      <span data-testid="profile-saved" className="inline-flex items-center gap-1.5 font-medium text-success-ink">
        <CheckIcon className="size-4" />
        Saved
      </span>
    );
  }
  return null;
}
