"use client";

import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";

type KeyRow = {
  id: string;
  name: string | null;
  start: string | null;
  prefix: string | null;
  createdAt: string | Date;
  lastRequest: string | Date | null;
  expiresAt: string | Date | null;
};

const when = (d: string | Date | null) => (d ? new Date(d).toLocaleDateString(undefined, { dateStyle: "medium" }) : "—");

/** The student's API keys, through better-auth's endpoints: only the hash is stored, so a new key is shown once. */
export function ApiKeysSection() {
  const [keys, setKeys] = useState<KeyRow[] | null>(null);
  const [name, setName] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const { data, error: err } = await authClient.apiKey.list();
    if (err) return setError(err.message ?? "Could not load your API keys.");
    const list = (data as unknown as { apiKeys?: KeyRow[] } | KeyRow[] | null) ?? [];
    setKeys(Array.isArray(list) ? list : (list.apiKeys ?? []));
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading the list once on mount
    void load();
  }, [load]);

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setCopied(false);
    const { data, error: err } = await authClient.apiKey.create({ name: name.trim() || "API key" });
    setBusy(false);
    if (err || !data) return setError(err?.message ?? "Could not create the key.");
    setCreated(data.key);
    setName("");
    await load();
  }

  async function revoke(id: string) {
    setBusy(true);
    setError(null);
    const { error: err } = await authClient.apiKey.delete({ keyId: id });
    setBusy(false);
    setConfirmId(null);
    if (err) return setError(err.message ?? "Could not revoke the key.");
    await load();
  }

  async function copy() {
    if (!created) return;
    await navigator.clipboard.writeText(created).catch(() => {});
    setCopied(true);
  }

  return (
    <div className="space-y-5">
      <form onSubmit={create} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field label="Key name" hint="So you can tell your keys apart, e.g. “laptop script”." className="flex-1">
          {(p) => <Input {...p} value={name} maxLength={50} onChange={(e) => setName(e.target.value)} data-testid="api-key-name" />}
        </Field>
        <Button type="submit" loading={busy && !confirmId} data-testid="api-key-create">
          Create key
        </Button>
      </form>

      {created ? (
        <Alert tone="warning" title="Copy your new key now" data-testid="api-key-created">
          <p>This is the only time it is shown: JobMatch keeps only a hash. Send it as <code>Authorization: Bearer …</code>.</p>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <code className="rounded bg-surface px-2 py-1 font-mono text-xs break-all" data-testid="api-key-value">
              {created}
            </code>
            <Button size="sm" variant="secondary" onClick={copy} data-testid="api-key-copy">
              {copied ? "Copied" : "Copy"}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setCreated(null)} data-testid="api-key-dismiss">
              Done
            </Button>
          </div>
        </Alert>
      ) : null}

      {error ? <Alert tone="error" data-testid="api-key-error">{error}</Alert> : null}

      {keys === null ? (
        <p className="text-sm text-ink-muted">Loading your keys…</p>
      ) : keys.length === 0 ? (
        <p className="text-sm text-ink-muted" data-testid="api-keys-empty">
          You have no API keys.
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line" data-testid="api-key-list">
          {keys.map((k) => (
            <li key={k.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm" data-testid="api-key-row">
              <div className="min-w-0">
                <p className="font-medium break-words">{k.name || "Unnamed key"}</p>
                <p className="text-ink-muted">
                  <code className="font-mono text-xs">{k.start ?? k.prefix ?? ""}…</code> · created {when(k.createdAt)} · last used{" "}
                  {when(k.lastRequest)} · expires {k.expiresAt ? when(k.expiresAt) : "never"}
                </p>
              </div>
              {confirmId === k.id ? (
                <div className="flex items-center gap-2">
                  <span className="text-ink-muted">Revoke? Apps using it stop working.</span>
                  <Button size="sm" variant="danger" loading={busy} onClick={() => revoke(k.id)} data-testid="api-key-revoke-confirm">
                    Revoke
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setConfirmId(null)}>
                    Cancel
                  </Button>
                </div>
              ) : (
                <Button size="sm" variant="secondary" onClick={() => setConfirmId(k.id)} data-testid="api-key-revoke">
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
