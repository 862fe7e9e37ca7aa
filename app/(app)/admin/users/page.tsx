import type { Metadata } from "next";
import { UsersPagination, usersPageHref } from "@/components/admin/users-pagination";
import { UsersSearch } from "@/components/admin/users-search";
import { UsersTable } from "@/components/admin/users-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon, UsersIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { UsersSort } from "@/components/admin/users-sort";
import { listUsers } from "@/lib/profiles/list-users";
import { USER_SORTS, type UserSort } from "@/lib/validation/profiles";

export const metadata: Metadata = { title: "Users · Admin" };

const PAGE_SIZE = 25;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

// The admin layout has already checked that the caller is an admin.
export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = first(params.q).trim().slice(0, 100);
  const requested = Number.parseInt(first(params.page), 10);
  const page = Number.isFinite(requested) && requested > 0 ? Math.min(requested, 40_000) : 1;
  const sort: UserSort = (USER_SORTS as readonly string[]).includes(first(params.sort)) ? (first(params.sort) as UserSort) : "created";
  const { users, total } = await listUsers({ skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, q: q || undefined, sort });

  return (
    <>
      <PageHeader eyebrow="Admin" title="Users" testId="page-admin-users" description="Everyone with an account or a profile on this server." />
      <div className="space-y-4">
        <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
          <UsersSearch q={q} sort={sort} />
          <UsersSort q={q} sort={sort} />
        </div>
        {users.length > 0 ? (
          <>
            <UsersTable users={users} caption={q ? `Users matching “${q}”` : "All users"} />
            <UsersPagination page={page} pageSize={PAGE_SIZE} total={total} q={q} sort={sort} />
          </>
        ) : total > 0 ? (
          <EmptyState icon={<UsersIcon />} title="This page is empty" action={<ButtonLink href={usersPageHref(1, q, sort)}>Go to the first page</ButtonLink>}>
            <p>There are {total.toLocaleString("en-US")} users, but not this many pages.</p>
          </EmptyState>
        ) : q ? (
          <EmptyState icon={<SearchIcon />} title={`No users match “${q}”`} action={<ButtonLink href="/admin/users" variant="secondary">Clear search</ButtonLink>}>
            <p>Search looks at names, account emails and user IDs. Check the spelling or try part of the name.</p>
          </EmptyState>
        ) : (
          <EmptyState icon={<UsersIcon />} title="No users yet">
            <p>When students sign up or upload a resume, they appear here with their profile summary.</p>
          </EmptyState>
        )}
      </div>
    </>
  );
}
