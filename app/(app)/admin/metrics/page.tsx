import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Metrics · Admin" };

export default function AdminMetricsPage() {
  return (
    <>
      <PageHeader eyebrow="Admin" title="Metrics" testId="page-admin-metrics" description="How the service is doing: jobs fetched, matches scored, digests sent." />
      <EmptyState icon={<ChartIcon />} title="Metrics will appear here">
        <p>Counts of users, profiles, jobs, matches and digests, plus recent background runs and anything that failed.</p>
      </EmptyState>
    </>
  );
}
