import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { matchesHref, type MatchesPageQuery } from "./matches-query";

const n = new Intl.NumberFormat("en-US");
const disabled = "pointer-events-none opacity-55";

/** "Matches 11–20 of 43" with Previous/Next links that keep the filters. */
export function MatchesPagination({ query, pageSize, total }: { query: MatchesPageQuery; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (query.page - 1) * pageSize + 1;
  const to = Math.min(total, query.page * pageSize);
  const link = (page: number, label: string, rel: "prev" | "next", enabled: boolean) =>
    enabled ? (
      <Link href={matchesHref({ ...query, page })} rel={rel} className={buttonStyles({ variant: "secondary", size: "sm" })}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonStyles({ variant: "secondary", size: "sm", className: disabled })}>
        {label}
      </span>
    );
  return (
    <nav aria-label="Pages of matches" className="flex flex-col gap-3 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between">
      <p data-testid="matches-count">
        Matches <span className="font-medium text-ink tabular-nums">{n.format(from)}–{n.format(to)}</span> of{" "}
        <span className="font-medium text-ink tabular-nums">{n.format(total)}</span>
        {pages > 1 ? ` · page ${n.format(query.page)} of ${n.format(pages)}` : ""}
      </p>
      {pages > 1 ? (
        <div className="flex gap-2">
          {link(query.page - 1, "← Previous", "prev", query.page > 1)}
          {link(query.page + 1, "Next →", "next", query.page < pages)}
        </div>
      ) : null}
    </nav>
  );
}
