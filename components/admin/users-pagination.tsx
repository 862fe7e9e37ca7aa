import { buttonStyles } from "@/components/ui/button";
import Link from "next/link";

const numberFormat = new Intl.NumberFormat("en-US");

function pageHref(page: number, q: string, sort = "created") {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (sort !== "created") params.set("sort", sort);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/admin/users${query ? `?${query}` : ""}`;
}

/** "Showing 26–50 of 143" with Previous/Next links that keep the search. */
export function UsersPagination({ page, pageSize, total, q, sort = "created" }: { page: number; pageSize: number; total: number; q: string; sort?: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const disabled = "pointer-events-none opacity-55";
  return (
    <nav aria-label="Pages of users" className="flex flex-col gap-3 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between">
      <p data-testid="users-count">
        Showing <span className="font-medium text-ink tabular-nums">{numberFormat.format(first)}–{numberFormat.format(last)}</span> of{" "}
        <span className="font-medium text-ink tabular-nums">{numberFormat.format(total)}</span> · page {numberFormat.format(page)} of{" "}
        {numberFormat.format(pages)}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={pageHref(page - 1, q, sort)} rel="prev" className={buttonStyles({ variant: "secondary", size: "sm" })}>
            ← Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={buttonStyles({ variant: "secondary", size: "sm", className: disabled })}>
            ← Previous
          </span>
        )}
        {page < pages ? (
          <Link href={pageHref(page + 1, q, sort)} rel="next" className={buttonStyles({ variant: "secondary", size: "sm" })}>
            Next →
          </Link>
        ) : (
          <span aria-disabled="true" className={buttonStyles({ variant: "secondary", size: "sm", className: disabled })}>
            Next →
          </span>
        )}
      </div>
    </nav>
  );
}

export { pageHref as usersPageHref };
