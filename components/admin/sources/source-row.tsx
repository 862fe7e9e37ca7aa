"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RefreshIcon } from "@/components/ui/icons";
import { Td, Th, Tr } from "@/components/ui/table";
import { EnabledSwitch } from "./enabled-switch";
import { EditSourceDialog } from "./edit-source-dialog";
import { KIND_BADGE } from "./source-kinds";
import { NextFetch, SourceHealth } from "./source-status";
import {
  deleteSource,
  errorMessageOf,
  type RefreshResult,
  refreshSources,
  type SourceView,
  updateSource,
} from "./sources-client";

const n = new Intl.NumberFormat("en-US");

export type RowEvents = {
  onNotice: (tone: "success" | "error", message: string) => void;
  onRefreshed: (result: RefreshResult, sourceName: string) => void;
  onRemoved: (sourceName: string) => void;
};

type Busy = "toggle" | "fetch" | "delete" | null;

/** One source: identity, on/off, health, counts and its actions (fetch, edit, remove with a confirm step). */
export function SourceRow({ source, onNotice, onRefreshed, onRemoved }: { source: SourceView } & RowEvents) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [busy, setBusy] = useState<Busy>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Shown at once on click, then follows the server's value after router.refresh().
  const [enabled, setEnabled] = useState(source.enabled);
  const [seenEnabled, setSeenEnabled] = useState(source.enabled);
  if (source.enabled !== seenEnabled) {
    setSeenEnabled(source.enabled);
    setEnabled(source.enabled);
  }
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const cancelRemove = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelRemove.current?.focus();
  }, [confirming]);

  async function run(kind: Exclude<Busy, null>, action: () => Promise<void>) {
    setBusy(kind);
    try {
      await action();
      startTransition(() => router.refresh());
    } catch (err) {
      onNotice("error", `${source.name}: ${errorMessageOf(err)}`);
    } finally {
      setBusy(null);
    }
  }

  const toggle = (next: boolean) =>
    run("toggle", async () => {
      setEnabled(next);
      try {
        await updateSource(source.id, { enabled: next });
      } catch (err) {
        setEnabled(!next);
        throw err;
      }
    });

  const fetchNow = () => run("fetch", async () => onRefreshed(await refreshSources({ sourceId: source.id }), source.name));

  const remove = () =>
    run("delete", async () => {
      await deleteSource(source.id);
      onRemoved(source.name);
    });

  const closeConfirm = () => {
    setConfirming(false);
    requestAnimationFrame(() => removeButton.current?.focus());
  };

  return (
    <Tr
      data-testid="source-row"
      data-source-id={source.id}
      data-enabled={enabled}
      className={enabled ? undefined : "bg-subtle/40"}
    >
      <Th scope="row" className="font-normal">
        <div className="w-48 whitespace-normal">
          <span className="block font-medium break-words text-ink" data-testid="source-name">
            {source.name}
          </span>
          <div className="mt-1 flex flex-wrap items-center gap-1.5">
            <Badge tone="brand">{KIND_BADGE[source.kind] ?? source.kind}</Badge>
            {source.is_demo ? <Badge data-testid="source-demo">Demo</Badge> : null}
          </div>
          <p
            className="mt-1 truncate font-mono text-xs text-ink-muted"
            title={source.fetch_url && source.fetch_url !== source.url ? `${source.url} → ${source.fetch_url}` : source.url}
          >
            {source.url}
          </p>
        </div>
      </Th>
      <Td>
        <EnabledSwitch
          checked={enabled}
          pending={busy === "toggle"}
          label={`Fetch ${source.name} automatically`}
          onChange={toggle}
        />
      </Td>
      <Td>
        <SourceHealth source={source} />
      </Td>
      <Td className="text-right tabular-nums" data-testid="source-items">
        {n.format(source.items_seen)}
      </Td>
      <Td className="text-right tabular-nums" data-testid="source-failures">
        {source.consecutive_failures > 0 ? (
          <span className="font-semibold text-danger-ink">{n.format(source.consecutive_failures)}</span>
        ) : (
          <span className="text-ink-muted">0</span>
        )}
      </Td>
      <Td className="text-sm">
        <NextFetch source={source} />
      </Td>
      <Td>
        {confirming ? (
          <div role="group" aria-label={`Remove ${source.name}?`} className="flex max-w-64 flex-col gap-2 whitespace-normal">
            <p className="text-xs text-ink-muted">Remove this source? Jobs it found stay until no other source lists them.</p>
            <div className="flex gap-2">
              <Button size="sm" variant="danger" loading={busy === "delete"} onClick={remove} data-testid="source-remove-confirm">
                Remove
              </Button>
              <Button ref={cancelRemove} size="sm" variant="secondary" onClick={closeConfirm} disabled={busy === "delete"}>
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex flex-col items-start gap-1">
            <Button
              size="sm"
              variant="secondary"
              icon={<RefreshIcon className="size-4" />}
              loading={busy === "fetch"}
              onClick={fetchNow}
              aria-label={`Fetch ${source.name} now`}
              data-testid="source-fetch-now"
            >
              Fetch now
            </Button>
            <div className="flex gap-1">
              <Button
                ref={editButton}
                size="sm"
                variant="ghost"
                onClick={() => setEditing(true)}
                aria-label={`Edit ${source.name}`}
                data-testid="source-edit"
              >
                Edit
              </Button>
              <Button
                ref={removeButton}
                size="sm"
                variant="ghost"
                onClick={() => setConfirming(true)}
                aria-label={`Remove ${source.name}`}
                data-testid="source-remove"
              >
                Remove
              </Button>
            </div>
          </div>
        )}
        {editing ? (
          <EditSourceDialog
            source={source}
            onSaved={(message) => {
              onNotice("success", message);
              startTransition(() => router.refresh());
            }}
            onClose={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : null}
      </Td>
    </Tr>
  );
}
