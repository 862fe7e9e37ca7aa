import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { SendIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Outbox · Admin" };

export default function AdminOutboxPage() {
  return (
    <>
      <PageHeader eyebrow="Admin" title="Outbox" testId="page-admin-outbox" description="Every email JobMatch sends, with its delivery status." />
      <EmptyState icon={<SendIcon />} title="No emails yet">
        <p>Digest emails appear here as soon as they are queued, with whether each was sent, delivered or bounced.</p>
      </EmptyState>
    </>
  );
}
