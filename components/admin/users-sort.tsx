import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { UserSort } from "@/lib/validation/profiles";

const SORTS: Array<{ value: UserSort; label: string }> = [
  { value: "created", label: "Newest" },
  { value: "name", label: "Name" },
  { value: "last_upload", label: "Last upload" },
  { value: "matches", label: "Most matches" },
];

/** Sort links (`?sort=`) that keep the search; page 1 of the new order. */
export function UsersSort({ q, sort }: { q: string; sort: UserSort }) {
  const href = (value: UserSort) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (value !== "created") params.set("sort", value);
    const query = params.toString();
    return `/admin/users${query ? `?${query}` : ""}`;
  };
  return (
    <nav aria-label="Sort users" className="flex items-center gap-2 text-sm">
      <span className="text-ink-muted">Sort:</span>
      <span className="inline-flex rounded-md border border-line-strong bg-surface p-0.5 shadow-sm">
        {SORTS.map((s) => (
          <Link
            key={s.value}
            href={href(s.value)}
            aria-current={s.value === sort ? "true" : undefined}
            data-testid={`users-sort-${s.value}`}
            className={cn("rounded px-2.5 py-1 font-medium", s.value === sort ? "bg-accent text-on-accent" : "text-ink-muted hover:bg-subtle hover:text-ink")}
          >
            {s.label}
          </Link>
        ))}
      </span>
    </nav>
  );
}
