import type { Metadata } from "next";
import { SourcesManager } from "@/components/admin/sources/sources-manager";
import type { SourceView } from "@/components/admin/sources/sources-client";
import { PageHeader } from "@/components/ui/page-header";
import { listJobSources } from "@/db/queries/job-sources";
import { toSourceResponse } from "@/lib/jobs/serialize";
import { isSourceKind, resolveSourceUrl } from "@/lib/jobs/sources";

export const metadata: Metadata = { title: "Sources · Admin" };

function fetchUrlOf(kind: string, url: string): string | null {
  try {
    return isSourceKind(kind) ? resolveSourceUrl(kind, url) : null;
  } catch {
    return null;
  }
}

// The admin layout has already checked that the caller is an admin.
export default async function AdminSourcesPage() {
  const now = new Date();
  const sources: SourceView[] = (await listJobSources()).map((s) => ({
    ...toSourceResponse(s),
    fetch_url: fetchUrlOf(s.kind, s.url),
    due_now: s.enabled && (!s.next_fetch_at || s.next_fetch_at <= now),
  }));
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Sources"
        testId="page-admin-sources"
        description="Where JobMatch finds jobs. Each enabled source is fetched about once an hour; failing ones back off."
      />
      <SourcesManager sources={sources} />
    </>
  );
}
