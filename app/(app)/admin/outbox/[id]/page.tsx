import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { webViewDocument } from "@/lib/digest/history";
import { getOutboxMessageOrThrow } from "@/lib/email/outbox";

export const metadata: Metadata = { title: "Message · Outbox · Admin" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const message = await getOutboxMessageOrThrow(id).catch(() => notFound());
  return (
    <>
      <PageHeader
        eyebrow="Admin · Outbox"
        title={message.subject}
        testId="page-outbox-message"
        description={`To ${message.to_address} · ${message.provider} · ${message.status}${message.error ? ` · ${message.error}` : ""}`}
        actions={<ButtonLink href="/admin/outbox" variant="secondary">All messages</ButtonLink>}
      />
      <div className="space-y-6">
        <Card>
          <CardHeader>
            <CardTitle>As the recipient sees it</CardTitle>
          </CardHeader>
          <CardBody>
            {/* Sandboxed: no scripts, no same-origin; tracking links in it are live, so opening them counts as a click. */}
            <iframe title="Email HTML" data-testid="outbox-html" sandbox="allow-popups allow-popups-to-escape-sandbox" srcDoc={webViewDocument({ digest_html: message.html })} className="h-[70vh] w-full rounded-md border border-line bg-white" />
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Text part</CardTitle>
          </CardHeader>
          <CardBody>
            <pre data-testid="outbox-text" className="max-h-[50vh] overflow-auto text-xs whitespace-pre-wrap text-ink">{message.text}</pre>
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Headers</CardTitle>
          </CardHeader>
          <CardBody>
            <pre className="overflow-auto text-xs whitespace-pre-wrap text-ink">
              {Object.entries(message.headers).map(([k, v]) => `${k}: ${v.replace(/token=[\w.-]+/, "token=…")}`).join("\n") || "—"}
            </pre>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
