import type { Metadata } from "next";
import { connection } from "next/server";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CompassIcon } from "@/components/ui/icons";
import { Logo } from "@/components/ui/logo";

export const metadata: Metadata = { title: "Page not found" };

// Rendered per request so its scripts carry the CSP nonce (a static 404 would not hydrate under the policy).
export default async function NotFound() {
  await connection();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center px-4 py-5 sm:px-6">
        <Logo />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 pt-10 pb-16 outline-none">
        <EmptyState
          icon={<CompassIcon />}
          title="We couldn't find that page"
          headingLevel={1}
          titleTestId="page-not-found"
          action={
            <>
              <ButtonLink href="/matches">Go to your matches</ButtonLink>
              <ButtonLink href="/" variant="secondary">
                Home
              </ButtonLink>
            </>
          }
        >
          <p>The link may be old or mistyped. Error 404.</p>
        </EmptyState>
      </main>
    </div>
  );
}
