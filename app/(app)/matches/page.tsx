import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TargetIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Matches" };

export default function MatchesPage() {
  return (
    <>
      <PageHeader
        title="Matches"
        testId="page-matches"
        description="Fresh jobs scored 0–100 against your profile, best first, with the reasons behind each score."
      />
      <EmptyState
        icon={<TargetIcon />}
        title="No matches yet"
        action={<ButtonLink href="/profile">Set up your profile</ButtonLink>}
      >
        <p>
          Once your profile is ready, JobMatch checks job sources every hour and scores each new listing for you.
          The best ones show up here.
        </p>
      </EmptyState>
    </>
  );
}
