import type { ReactNode } from "react";
import { SpendBanner } from "@/components/admin/spend-banner";
import { requireUser } from "@/components/app-shell/require-user";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LockIcon } from "@/components/ui/icons";
import { getSpendStatus } from "@/lib/ai/spend-guard";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (user.isAdmin) {
    // Every admin page warns when today's AI spend nears or hits the budget.
    const spend = await getSpendStatus();
    return (
      <>
        <SpendBanner status={spend} />
        {children}
      </>
    );
  }

  return (
    <div className="pt-8">
      <EmptyState
        icon={<LockIcon />}
        title="Admins only"
        headingLevel={1}
        titleTestId="admin-only"
        action={<ButtonLink href="/matches">Go to your matches</ButtonLink>}
      >
        <p>
          This page is for the people who run this JobMatch server. You&apos;re signed in as{" "}
          <span className="font-medium break-all text-ink">{user.email}</span>, which isn&apos;t an admin account. If you
          think it should be, ask your admin to add your email to <code className="font-mono">ADMIN_EMAILS</code>.
        </p>
      </EmptyState>
    </div>
  );
}
