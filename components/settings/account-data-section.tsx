"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonStyles } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { DELETE_CONFIRMATION } from "@/lib/validation/account";

/** "Your data": download everything as JSON, or delete the account for good. */
export function AccountDataSection() {
  const router = useRouter();
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await fetch("/api/v1/account", {
      method: "DELETE",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ confirm }),
    }).catch(() => null);
    if (!res?.ok) {
      setBusy(false);
      const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
      return setError(body?.error?.message ?? "We couldn't delete your account. Please try again.");
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-ink-muted">Your account, profile, matches, digests and emails, as one JSON file.</p>
        <a href="/api/v1/account/export" download className={buttonStyles({ variant: "secondary" })} data-testid="account-export">
          Download my data
        </a>
      </div>
      <form onSubmit={remove} className="space-y-3 border-t border-line pt-5">
        <p className="text-sm">
          <strong>Delete my account.</strong> This removes your account, profile, matches, digests, emails and API keys at once. It
          cannot be undone.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <Field label={`Type ${DELETE_CONFIRMATION} to confirm`} className="flex-1">
            {(p) => (
              <Input {...p} value={confirm} autoComplete="off" onChange={(e) => setConfirm(e.target.value)} data-testid="account-delete-confirm" />
            )}
          </Field>
          <Button type="submit" variant="danger" loading={busy} disabled={confirm !== DELETE_CONFIRMATION} data-testid="account-delete">
            Delete my account
          </Button>
        </div>
        {error ? <Alert tone="error" data-testid="account-delete-error">{error}</Alert> : null}
      </form>
    </div>
  );
}
