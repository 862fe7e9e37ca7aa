import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { UsersIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Users · Admin" };

export default function AdminUsersPage() {
  return (
    <>
      <PageHeader eyebrow="Admin" title="Users" testId="page-admin-users" description="Everyone with an account on this server." />
      <EmptyState icon={<UsersIcon />} title="Users will be listed here">
        <p>Everyone who has signed up, with their role, whether they have a profile, and when they last got a digest.</p>
      </EmptyState>
    </>
  );
}
