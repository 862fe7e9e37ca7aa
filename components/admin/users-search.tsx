import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";

/** A plain GET form (`?q=`), so search works without JavaScript and the URL can be shared. */
export function UsersSearch({ q, sort = "created" }: { q: string; sort?: string }) {
  return (
    <form method="get" action="/admin/users" role="search" aria-label="Search users" className="flex flex-col gap-2 sm:flex-row sm:items-center">
      {sort !== "created" ? <input type="hidden" name="sort" value={sort} /> : null}
      <label htmlFor="users-q" className="sr-only">
        Search by name, email or user ID
      </label>
      <div className="relative flex-1 sm:max-w-sm">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-subtle" />
        <Input id="users-q" name="q" type="search" defaultValue={q} maxLength={100} placeholder="Name, email or user ID" className="pl-9" data-testid="users-search" />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {q ? (
          <Link href="/admin/users" className="inline-flex h-10 items-center rounded-md px-3 text-sm font-medium text-ink-muted hover:bg-subtle hover:text-ink">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
