import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="relative flex min-h-dvh flex-col overflow-hidden">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 -z-10 h-80 bg-linear-to-b from-accent-soft to-transparent"
      />
      <header className="mx-auto flex w-full max-w-5xl items-center px-4 py-5 sm:px-6">
        <Logo />
      </header>
      <main id="main" tabIndex={-1} className="flex flex-1 justify-center px-4 pt-4 pb-16 sm:pt-10">
        <div className="w-full max-w-sm">{children}</div>
      </main>
      <footer className="px-4 pb-6 text-center text-xs text-ink-muted">
        JobMatch is free and open source (MIT).
      </footer>
    </div>
  );
}
