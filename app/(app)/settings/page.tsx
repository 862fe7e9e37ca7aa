import type { Metadata } from "next";
import { requireUser } from "@/components/app-shell/require-user";
import { Card, CardBody, CardHeader, CardTitle, CardDescription } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SettingsIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader
        title="Settings"
        testId="page-settings"
        description="Your account, and when and how JobMatch gets in touch."
      />
      <div className="space-y-6">
        <Card>
          <CardHeader>
            <CardTitle>Account</CardTitle>
            <CardDescription>The name and email you signed up with.</CardDescription>
          </CardHeader>
          <CardBody>
            <dl className="grid gap-4 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-ink-muted">Name</dt>
                <dd className="mt-0.5 font-medium break-words">{user.name || "—"}</dd>
              </div>
              <div>
                <dt className="text-ink-muted">Email</dt>
                <dd className="mt-0.5 font-medium break-all">{user.email}</dd>
              </div>
            </dl>
          </CardBody>
        </Card>
        <EmptyState icon={<SettingsIcon />} title="Digest settings will appear here">
          <p>You&apos;ll be able to pick the time your morning digest arrives, your time zone, or pause emails.</p>
        </EmptyState>
      </div>
    </>
  );
}
