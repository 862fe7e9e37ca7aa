import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { MailIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Digests" };

export default function DigestsPage() {
  return (
    <>
      <PageHeader
        title="Digests"
        testId="page-digests"
        description="Your morning emails: the best new matches since the last one, in a two-minute read."
      />
      <EmptyState
        icon={<MailIcon />}
        title="No digests yet"
        action={
          <ButtonLink href="/settings" variant="secondary">
            Choose when digests arrive
          </ButtonLink>
        }
      >
        <p>
          When you have new matches, JobMatch sends you a short digest each morning. Every digest also appears here,
          so you can look back at any of them.
        </p>
      </EmptyState>
    </>
  );
}
