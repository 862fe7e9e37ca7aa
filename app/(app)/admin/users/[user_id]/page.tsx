import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatValue as f } from "@/components/admin/metrics/format";
import { UserActions } from "@/components/admin/user-actions";
import { UserAiCalls, UserDigests, UserMatches, UserProfileCard } from "@/components/admin/user-detail-sections";
import { PageHeader } from "@/components/ui/page-header";
import { getUserDetail } from "@/lib/admin/user-detail";

export const metadata: Metadata = { title: "User · Admin" };

// The admin layout has already refused non-admins.
export default async function AdminUserPage({ params }: { params: Promise<{ user_id: string }> }) {
  const { user_id } = await params;
  const userId = decodeURIComponent(user_id);
  const detail = await getUserDetail(userId);
  if (!detail) notFound();
  const name = detail.profile?.full_name ?? detail.account?.name ?? userId;

  return (
    <div data-testid="user-detail" className="space-y-8">
      <PageHeader
        eyebrow={
          <Link href="/admin/users" className="hover:underline">
            Admin · Users
          </Link>
        }
        title={name}
        testId="page-admin-user"
        description={`${detail.matches.total} matches stored · ${detail.digests.filter((d) => d.email_sent).length} recent digests sent · ${f(detail.ai.cost_usd, "usd")} AI cost in all`}
        className="mb-0"
      />
      <UserActions userId={userId} name={name} hasProfile={detail.profile !== null} digestSentToday={detail.today.sent} />
      <UserProfileCard detail={detail} />
      <UserMatches detail={detail} />
      <UserDigests detail={detail} />
      <UserAiCalls detail={detail} />
    </div>
  );
}
