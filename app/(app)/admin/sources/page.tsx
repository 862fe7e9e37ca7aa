import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { RssIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Sources · Admin" };

export default function AdminSourcesPage() {
  return (
    <>
      <PageHeader eyebrow="Admin" title="Sources" testId="page-admin-sources" description="Where JobMatch finds jobs. Every source is checked once an hour." />
      <EmptyState icon={<RssIcon />} title="Job sources will be listed here">
        <p>The Greenhouse, Lever and Ashby boards and RSS or Atom feeds JobMatch reads, with when each was last fetched and how many jobs it returned.</p>
      </EmptyState>
    </>
  );
}
