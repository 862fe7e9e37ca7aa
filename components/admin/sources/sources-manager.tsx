"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RefreshIcon, RssIcon } from "@/components/ui/icons";
import { Table, TBody, Th, THead } from "@/components/ui/table";
import { AddSourceForm } from "./add-source-form";
import { RefreshResultAlert } from "./refresh-result";
import { SourceRow } from "./source-row";
import { errorMessageOf, type RefreshResult, refreshSources, type SourceView } from "./sources-client";

type Notice = { tone: "success" | "error"; message: string } | null;
type LastRefresh = {
  result: RefreshResult;
  scope: { sourceName: string } | { due: true };
} | null;

/** The admin sources page's interactive part: the table, "Fetch all due", the add form and one shared notice area. */
export function SourcesManager({ sources }: { sources: SourceView[] }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);
  const [lastRefresh, setLastRefresh] = useState<LastRefresh>(null);
  const [fetchingDue, setFetchingDue] = useState(false);
  const noticeArea = useRef<HTMLDivElement>(null);

  const enabledCount = sources.filter((s) => s.enabled).length;
  const failing = sources.filter((s) => s.enabled && s.last_status === "error").length;

  function showNotice(tone: "success" | "error", message: string) {
    setNotice({ tone, message });
  }

  function showRefresh(result: RefreshResult, scope: { sourceName: string } | { due: true }) {
    setNotice(null);
    setLastRefresh({ result, scope });
  }

  async function fetchDue() {
    setFetchingDue(true);
    try {
      showRefresh(await refreshSources(), { due: true });
      startTransition(() => router.refresh());
    } catch (err) {
      showNotice("error", errorMessageOf(err));
    } finally {
      setFetchingDue(false);
    }
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-ink-muted" data-testid="sources-summary">
          {sources.length} source{sources.length === 1 ? "" : "s"} · {enabledCount} enabled
          {failing > 0 ? (
            <>
              {" · "}
              <span className="font-medium text-danger-ink">{failing} failing</span>
            </>
          ) : null}
        </p>
        <Button
          variant="secondary"
          icon={<RefreshIcon className="size-4" />}
          loading={fetchingDue}
          onClick={fetchDue}
          data-testid="sources-fetch-due"
          className="w-full sm:w-auto"
        >
          Fetch all due
        </Button>
      </div>

      {/* Focused after a removal so keyboard users land somewhere sensible. */}
      <div ref={noticeArea} tabIndex={-1} className="space-y-3 outline-none empty:hidden">
        {notice ? (
          <Alert
            tone={notice.tone}
            data-testid={notice.tone === "error" ? "source-action-error" : "source-notice"}
            action={
              <Button variant="ghost" size="sm" onClick={() => setNotice(null)}>
                Dismiss
              </Button>
            }
          >
            {notice.message}
          </Alert>
        ) : null}
        {lastRefresh ? <RefreshResultAlert {...lastRefresh} onDismiss={() => setLastRefresh(null)} /> : null}
      </div>

      {sources.length === 0 ? (
        <EmptyState icon={<RssIcon />} title="No job sources yet">
          <p>
            Add an RSS or Atom feed, or a company&apos;s Greenhouse, Lever or Ashby board below. JobMatch fetches each one every
            hour.
          </p>
        </EmptyState>
      ) : (
        <Table label="Job sources" data-testid="sources-table">
          <THead>
            <tr>
              <Th>Source</Th>
              <Th>Enabled</Th>
              <Th>Health</Th>
              <Th className="text-right">Items</Th>
              <Th className="text-right">Failures</Th>
              <Th>Next fetch</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </THead>
          <TBody>
            {sources.map((source) => (
              <SourceRow
                key={source.id}
                source={source}
                onNotice={showNotice}
                onRefreshed={(result, sourceName) => showRefresh(result, { sourceName })}
                onRemoved={(name) => {
                  showNotice("success", `Removed “${name}”.`);
                  requestAnimationFrame(() => noticeArea.current?.focus());
                }}
              />
            ))}
          </TBody>
        </Table>
      )}

      <AddSourceForm onAdded={(message) => showNotice("success", message)} />
    </div>
  );
}
