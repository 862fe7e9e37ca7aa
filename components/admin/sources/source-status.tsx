import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/matches/relative-time";
import type { SourceView } from "./sources-client";

/** OK / Not modified / Error 503 / Never fetched, with the HTTP status when there was one. */
export function SourceStatusBadge({ source }: { source: SourceView }) {
  const http = source.last_http_status;
  if (!source.last_fetched_at || !source.last_status) return <Badge data-testid="source-status">Never fetched</Badge>;
  if (source.last_status === "ok") {
    return (
      <Badge tone="success" data-testid="source-status" title={http ? `HTTP ${http}` : undefined}>
        OK{http && http !== 200 ? ` · ${http}` : ""}
      </Badge>
    );
  }
  if (source.last_status === "not_modified") {
    return (
      <Badge
        tone="info"
        data-testid="source-status"
        title="The feed answered 304 Not Modified: nothing changed since the last fetch."
      >
        Not modified{http ? ` · ${http}` : ""}
      </Badge>
    );
  }
  return (
    <Badge tone="danger" data-testid="source-status">
      Error{http ? ` · HTTP ${http}` : ""}
    </Badge>
  );
}

/** Health cell: status, when it was last fetched, and the last error in plain text on demand. */
export function SourceHealth({ source }: { source: SourceView }) {
  return (
    <div className="flex w-44 flex-col items-start gap-1 whitespace-normal">
      <SourceStatusBadge source={source} />
      {source.last_fetched_at ? (
        <span className="text-xs text-ink-muted">
          Fetched <RelativeTime iso={source.last_fetched_at} />
        </span>
      ) : null}
      {source.last_error ? (
        <details className="group w-full text-xs" data-testid="source-last-error">
          <summary className="cursor-pointer rounded-sm font-medium text-danger-ink select-none hover:underline">
            <span className="group-open:hidden">Show last error</span>
            <span className="hidden group-open:inline">Hide last error</span>
          </summary>
          <p className="mt-1 rounded-md border border-danger-line bg-danger-bg px-2 py-1.5 font-mono break-words whitespace-pre-wrap text-danger-ink">
            {source.last_error}
          </p>
        </details>
      ) : null}
    </div>
  );
}

/** "in 40 min", "Due now", or "Paused" for a disabled source. */
export function NextFetch({ source }: { source: SourceView }) {
  if (!source.enabled) return <span className="text-ink-subtle">Paused</span>;
  if (source.due_now || !source.next_fetch_at) {
    return <span className="font-medium text-ink">Due now</span>;
  }
  return <RelativeTime iso={source.next_fetch_at} className="whitespace-nowrap" />;
}
