import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/components/app-shell/require-user";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { MailIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDigestDate } from "@/lib/digest/format";
import { listDigestsForUser } from "@/lib/digest/history";
import { getDigestSettings } from "@/lib/digest/settings";

export const metadata: Metadata = { title: "Digests" };

export default async function DigestsPage() {
  const user = await requireUser();
  const [digests, settings] = await Promise.all([listDigestsForUser(user.userId), getDigestSettings(user.userId)]);
  const hour = `${settings.digest_hour}:00`;
  return (
    <>
      <PageHeader
        title="Digests"
        testId="page-digests"
        description="Your morning emails: the best new matches since the last one, in a two-minute read."
        actions={<ButtonLink href="/settings" variant="secondary">Digest settings</ButtonLink>}
      />
      {digests.length === 0 ? (
        <EmptyState
          icon={<MailIcon />}
          title="No digests yet"
          titleTestId="digests-empty"
          action={<ButtonLink href="/matches">See your matches</ButtonLink>}
        >
          <p>
            {settings.digest_enabled
              ? `Your first digest arrives ${settings.digest_frequency === "weekly" ? "on Monday" : "tomorrow"} at ${hour} in your timezone (${settings.timezone}) — meanwhile see Matches.`
              : "Digests are turned off. Turn them on in Settings, or browse your Matches any time."}
          </p>
        </EmptyState>
      ) : (
        <Table label="Your digests">
          <THead>
            <tr>
              <Th>Date</Th>
              <Th>Title</Th>
              <Th>Jobs</Th>
              <Th>Email</Th>
            </tr>
          </THead>
          <TBody>
            {digests.map((d) => (
              <Tr key={d.id} data-testid="digest-row">
                <Td className="whitespace-nowrap">{formatDigestDate(d.digest_date)}</Td>
                <Td>
                  <Link href={`/digests/${d.id}`} className="font-medium text-accent-ink hover:underline">
                    {d.digest_title ?? "Your digest"}
                  </Link>
                  {!d.user_viewed ? <Badge tone="brand" className="ml-2">New</Badge> : null}
                </Td>
                <Td>{d.jobs_count}</Td>
                <Td>
                  {d.email_opened ? <Badge tone="success">Opened</Badge> : d.email_sent ? <Badge>Sent</Badge> : d.status === "failed" ? <Badge tone="danger">Not delivered</Badge> : <Badge tone="neutral">Not emailed</Badge>}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
