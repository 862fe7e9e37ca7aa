import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-shell/app-header";
import { requireUser } from "@/components/app-shell/require-user";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();

  return (
    <div className="min-h-dvh lg:pl-64">
      <AppHeader user={{ name: user.name, email: user.email, isAdmin: user.isAdmin }} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-8 outline-none sm:px-6 lg:px-10 lg:py-10">
        {children}
      </main>
    </div>
  );
}
