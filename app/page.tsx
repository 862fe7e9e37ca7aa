import Link from "next/link";
import { getOptionalUser } from "@/components/auth/get-optional-user";
import { HowItWorks } from "@/components/landing/how-it-works";
import { MatchPreview } from "@/components/landing/match-preview";
import { Principles } from "@/components/landing/principles";
import { ButtonLink } from "@/components/ui/button";
import { ArrowRightIcon } from "@/components/ui/icons";
import { Logo } from "@/components/ui/logo";

export default async function LandingPage() {
  const user = await getOptionalUser();

  const primaryCta = (testId?: string) =>
    user ? (
      <ButtonLink href="/matches" size="lg" data-testid={testId && "cta-matches"}>
        Go to your matches <ArrowRightIcon className="size-4" />
      </ButtonLink>
    ) : (
      <ButtonLink href="/sign-up" size="lg" data-testid={testId && "cta-sign-up"}>
        Create a free account <ArrowRightIcon className="size-4" />
      </ButtonLink>
    );

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-5 sm:px-6">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-2">
          {user ? (
            <ButtonLink href="/matches" variant="secondary" size="sm">
              Your matches
            </ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" size="sm">
                Sign in
              </ButtonLink>
              <ButtonLink href="/sign-up" size="sm">
                Sign up
              </ButtonLink>
            </>
          )}
        </nav>
      </header>

      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <section className="mx-auto grid max-w-6xl items-center gap-12 px-4 pt-10 pb-16 sm:px-6 lg:grid-cols-[1.1fr_1fr] lg:gap-16 lg:pt-20 lg:pb-24">
          <div>
            <p className="inline-flex items-center gap-2 rounded-full border border-line bg-surface px-3 py-1 text-xs font-medium text-ink-muted">
              <span aria-hidden="true" className="size-1.5 rounded-full bg-emerald-500" />
              For students and new graduates · Free and open source
            </p>
            <h1 className="mt-5 text-4xl font-semibold tracking-tight text-balance text-ink sm:text-5xl">
              Fresh jobs, scored for you every hour.
            </h1>
            <p className="mt-5 max-w-xl text-lg leading-relaxed text-pretty text-ink-muted">
              Upload your resume once. JobMatch turns it into a profile, checks new listings every hour, scores each
              one from 0 to 100 with the reasons, and sends the best to your inbox every morning.
            </p>
            <div className="mt-8 flex flex-wrap items-center gap-3">
              {primaryCta("hero")}
              {user ? null : (
                <ButtonLink href="/sign-in" variant="secondary" size="lg">
                  I have an account
                </ButtonLink>
              )}
            </div>
            <p className="mt-4 text-sm text-ink-muted">
              {user ? `Signed in as ${user.email}.` : "No credit card, no recruiter spam. Just jobs that fit."}
            </p>
          </div>
          <MatchPreview />
        </section>

        <HowItWorks />
        <Principles />

        <section aria-labelledby="get-started" className="mx-auto max-w-6xl px-4 py-16 text-center sm:px-6 lg:py-24">
          <h2 id="get-started" className="text-2xl font-semibold tracking-tight text-balance text-ink sm:text-3xl">
            Your first matches are an upload away.
          </h2>
          <p className="mx-auto mt-3 max-w-lg text-ink-muted">
            Sign up, add your resume, and check back in an hour — or just wait for tomorrow&apos;s email.
          </p>
          <div className="mt-8 flex justify-center">{primaryCta()}</div>
        </section>
      </main>

      <footer className="border-t border-line">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
          <p>JobMatch — open-source job matching (MIT licence).</p>
          <p>
            {user ? (
              <Link href="/matches" className="hover:text-ink hover:underline">
                Your matches
              </Link>
            ) : (
              <Link href="/sign-in" className="hover:text-ink hover:underline">
                Sign in
              </Link>
            )}
          </p>
        </div>
      </footer>
    </div>
  );
}
