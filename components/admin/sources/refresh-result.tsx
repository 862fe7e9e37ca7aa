import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RefreshResult } from "./sources-client";

const n = new Intl.NumberFormat("en-US");

const COUNTS = [
  ["fetched", "fetched", "fetched"],
  ["new", "new", "new"],
  ["updated", "updated", "updated"],
  ["duplicates", "duplicate", "duplicates"],
  ["skipped", "skipped", "skipped"],
  ["errors", "error", "errors"],
] as const;

type RefreshResultProps = {
  result: RefreshResult;
  /** What was asked: one source by name, or the due ones. */
  scope: { sourceName: string } | { due: true };
  onDismiss: () => void;
};

/** The counts a manual fetch returned, with each failing source's message. */
export function RefreshResultAlert({ result, scope, onDismiss }: RefreshResultProps) {
  const failed = result.sources.filter((s) => s.status === "error");
  const tone =
    result.sources.length === 0
      ? "info"
      : failed.length === 0
        ? "success"
        : failed.length === result.sources.length
          ? "error"
          : "warning";
  const title =
    "sourceName" in scope
      ? failed.length > 0
        ? `Fetching “${scope.sourceName}” failed`
        : `Fetched “${scope.sourceName}”`
      : result.sources.length === 0
        ? "Nothing was due"
        : `Fetched ${n.format(result.sources.length)} due source${result.sources.length === 1 ? "" : "s"}`;
  const took = result.duration_ms < 1000 ? `${result.duration_ms} ms` : `${(result.duration_ms / 1000).toFixed(1)} s`;

  return (
    <Alert
      tone={tone}
      title={title}
      data-testid="refresh-result"
      action={
        <Button variant="ghost" size="sm" onClick={onDismiss}>
          Dismiss
        </Button>
      }
    >
      {result.sources.length === 0 ? (
        <p>Every enabled source was fetched recently. Use Fetch now on a source to fetch it anyway.</p>
      ) : (
        <>
          <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Counts">
            {COUNTS.map(([key, one, many]) => (
              <li key={key}>
                <span className="font-semibold tabular-nums" data-testid={`refresh-count-${key}`}>
                  {n.format(result.totals[key])}
                </span>{" "}
                {result.totals[key] === 1 ? one : many}
              </li>
            ))}
            <li className="opacity-80">in {took}</li>
          </ul>
          {failed.length > 0 ? (
            <ul className="mt-2 space-y-1">
              {failed.map((s) => (
                <li key={s.source_id} className="break-words">
                  <span className="font-medium">{s.name}:</span> {s.error_message ?? "unknown error"}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </Alert>
  );
}
