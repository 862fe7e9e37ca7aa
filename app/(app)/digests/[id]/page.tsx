import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/components/app-shell/require-user";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatDigestDate } from "@/lib/digest/format";
import { getDigestForReader, webViewDocument } from "@/lib/digest/history";
import { ApiError } from "@/lib/errors";

export const metadata: Metadata = { title: "Digest" };

export default async function DigestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const digest = await getDigestForReader(user.userId, id, { markViewed: true }).catch((err) => {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  });
  return (
    <>
      <PageHeader
        eyebrow={formatDigestDate(digest.digest_date)}
        title={digest.digest_title ?? "Your digest"}
        testId="page-digest"
        actions={<ButtonLink href="/digests" variant="secondary">All digests</ButtonLink>}
      />
      {/* The stored email HTML, as sent, in a sandbox: no scripts, no same-origin access; links open in a new tab. */}
      <iframe
        title={`Digest for ${digest.digest_date}`}
        data-testid="digest-frame"
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        srcDoc={webViewDocument(digest)}
        className="h-[80vh] w-full rounded-lg border border-line bg-white"
      />
    </>
  );
}
