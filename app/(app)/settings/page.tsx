import type { Metadata } from "next";
import { requireUser } from "@/components/app-shell/require-user";
import { AccountDataSection } from "@/components/settings/account-data-section";
import { ApiKeysSection } from "@/components/settings/api-keys-section";
import { DigestSettingsForm } from "@/components/settings/digest-settings-form";
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDigestSettings } from "@/lib/digest/settings";
import { listTimeZones } from "@/lib/digest/timezones";
import { saveDigestSettings } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const settings = await getDigestSettings(user.userId);
  return (
    <>
      <PageHeader title="Settings" testId="page-settings" description="Your account, and when and how JobMatch gets in touch." />
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
        <Card>
          <CardHeader>
            <CardTitle>Job digest</CardTitle>
            <CardDescription>When your digest of new matches arrives, and which matches make it in.</CardDescription>
          </CardHeader>
          <CardBody>
            <DigestSettingsForm settings={settings} timeZones={listTimeZones()} saveAction={saveDigestSettings} />
          </CardBody>
        </Card>
        <Card data-testid="settings-api-keys">
          <CardHeader>
            <CardTitle>API keys</CardTitle>
            <CardDescription>For scripts that call the JobMatch API as you. Revoke a key you no longer use.</CardDescription>
          </CardHeader>
          <CardBody>
            <ApiKeysSection />
          </CardBody>
        </Card>
        <Card data-testid="settings-your-data">
          <CardHeader>
            <CardTitle>Your data</CardTitle>
            <CardDescription>Take a copy of everything JobMatch holds about you, or delete it all.</CardDescription>
          </CardHeader>
          <CardBody>
            <AccountDataSection />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
