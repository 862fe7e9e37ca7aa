"use client";
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RefreshIcon } from "@/components/ui/icons";

type Props = { error: unknown; retry?: () => void; reset?: () => void };

/** Error boundary for app pages: says what happened in plain words and offers a retry. */
export default function AppError({ error, retry, reset }: Props) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  return (
    <div className="pt-8" role="alert">
      <EmptyState
        icon={<RefreshIcon />}
        title="This page didn't load"
        headingLevel={1}
        titleTestId="page-error"
        action={
          <>
            <Button onClick={() => (retry ?? reset)?.()}>Try again</Button>
            <ButtonLink href="/matches" variant="secondary">
              Go to your matches
            </ButtonLink>
          </>
        }
      >
        <p>Something went wrong on our side. Your data is safe — try again, and if it keeps happening, let your admin know.</p>
        {digest ? <p className="mt-3 font-mono text-xs text-ink-subtle">Reference: {digest}</p> : null}
      </EmptyState>
    </div>
  );
}
