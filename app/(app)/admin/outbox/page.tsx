import type { Metadata } from "next";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SendIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { listOutbox } from "@/lib/email/outbox";

export const metadata: Metadata = { title: "Outbox · Admin" };

const TONE: Record<string, BadgeTone> = { sent: "info", delivered: "success", queued: "neutral", failed: "danger", bounced: "danger", complained: "warning" };
const when = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) + " UTC" : "—");

export default async function AdminOutboxPage() {
  // The admin layout has already refused non-admins.
  const { messages, total } = await listOutbox({ limit: 100, offset: 0 });
  return (
    <>
      <PageHeader eyebrow="Admin" title="Outbox" testId="page-admin-outbox" description={`Every email JobMatch sends, with its delivery status. ${total} in all; the newest 100 below.`} />
      {messages.length === 0 ? (
        <EmptyState icon={<SendIcon />} title="No emails yet">
          <p>Digest emails appear here as soon as they are queued, with whether each was sent, delivered or bounced.</p>
        </EmptyState>
      ) : (
        <Table label="Outbox">
          <THead>
            <tr>
              <Th>To</Th>
              <Th>Subject</Th>
              <Th>Kind</Th>
              <Th>Provider</Th>
              <Th>Status</Th>
              <Th>Created</Th>
            </tr>
          </THead>
          <TBody>
            {messages.map((m) => (
              <Tr key={m.id} data-testid="outbox-row">
                <Td className="font-mono text-xs">{m.to_address}</Td>
                <Td className="max-w-sm truncate">
                  <Link href={`/admin/outbox/${m.id}`} className="font-medium text-accent-ink hover:underline">
                    {m.subject}
                  </Link>
                </Td>
                <Td>{m.kind}</Td>
                <Td>{m.provider}</Td>
                <Td>
                  <Badge tone={TONE[m.status] ?? "neutral"} title={m.error ?? undefined}>
                    {m.status}
                    {m.attempts > 1 ? ` · ${m.attempts} tries` : ""}
                  </Badge>
                </Td>
                <Td className="whitespace-nowrap text-ink-muted">{when(m.created_at)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
