import type { Metadata } from "next";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Logo } from "@/components/ui/logo";
import { verifyEmailToken } from "@/lib/email/tokens";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Search = Promise<{ token?: string; done?: string; invalid?: string }>;

/** No login: the footer link of every email lands here; it asks first, because link scanners follow links. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Search }) {
  const { token, done, invalid } = await searchParams;
  const valid = token ? verifyEmailToken(token, "unsubscribe") !== null : false;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-12">
      <Logo />
      <Card className="mt-6">
        <CardBody className="space-y-4 py-6">
          {done ? (
            <>
              <h1 data-testid="unsubscribed" className="text-lg font-semibold text-ink">You&apos;re unsubscribed</h1>
              <p className="text-sm text-ink-muted">JobMatch will not send you digests any more. You can turn them back on in Settings whenever you like.</p>
              <ButtonLink href="/settings" variant="secondary">Open settings</ButtonLink>
            </>
          ) : valid ? (
            <>
              <h1 className="text-lg font-semibold text-ink">Stop JobMatch digests?</h1>
              <p className="text-sm text-ink-muted">You will stop getting digest emails at once. Your profile and matches stay as they are.</p>
              <form method="post" action={`/api/v1/email/unsubscribe?token=${encodeURIComponent(token!)}`}>
                <input type="hidden" name="from" value="page" />
                <Button type="submit" data-testid="unsubscribe-confirm">Unsubscribe</Button>
              </form>
            </>
          ) : (
            <>
              <h1 className="text-lg font-semibold text-ink">This link doesn&apos;t work</h1>
              <p className="text-sm text-ink-muted">
                {invalid ? "The unsubscribe link was not valid." : "The link is incomplete or was changed."} Sign in and turn digests off in Settings instead.
              </p>
              <ButtonLink href="/settings" variant="secondary">Open settings</ButtonLink>
            </>
          )}
        </CardBody>
      </Card>
    </main>
  );
}
