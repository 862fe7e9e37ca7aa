"use client";
import { usePathname } from "next/navigation";
import { useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { CloseIcon, MenuIcon } from "@/components/ui/icons";
import { Logo } from "@/components/ui/logo";
import { NavGroup } from "./nav-group";
import { adminNav, studentNav } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export type ShellUser = { name: string; email: string; isAdmin: boolean };

function initials(name: string, email: string) {
  const parts = (name || email).trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

/**
 * The app's banner: a sidebar from `lg` up, a top bar with a menu button below.
 * The menu closes itself on navigation because "open" is tied to the path it was opened on.
 */
export function AppHeader({ user }: { user: ShellUser }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && open) {
      setOpenOn(null);
      buttonRef.current?.focus();
    }
  }

  return (
    <header
      onKeyDown={onKeyDown}
      className="sticky top-0 z-40 border-b border-line bg-surface/95 backdrop-blur supports-[backdrop-filter]:bg-surface/85 lg:fixed lg:inset-y-0 lg:left-0 lg:flex lg:w-64 lg:flex-col lg:border-r lg:border-b-0 lg:bg-surface"
    >
      <div className="flex h-14 items-center justify-between px-4 lg:h-16 lg:px-5">
        <Logo href="/matches" />
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls="app-menu"
          onClick={() => setOpenOn(open ? null : pathname)}
          className="-mr-2 inline-flex size-10 items-center justify-center rounded-md text-ink-muted hover:bg-subtle hover:text-ink lg:hidden"
        >
          {open ? <CloseIcon /> : <MenuIcon />}
          <span className="sr-only">{open ? "Close menu" : "Open menu"}</span>
        </button>
      </div>

      {open ? (
        <div
          aria-hidden="true"
          onClick={() => setOpenOn(null)}
          className="fixed inset-x-0 top-14 bottom-0 bg-black/30 lg:hidden"
        />
      ) : null}
      <div
        id="app-menu"
        className={cn(
          "absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] flex-col overflow-y-auto border-b border-line bg-surface shadow-pop",
          "lg:static lg:flex lg:max-h-none lg:flex-1 lg:border-0 lg:shadow-none",
          open ? "flex" : "hidden",
        )}
      >
        <nav aria-label="Main" className="flex-1 space-y-6 px-3 py-4">
          <NavGroup id="nav-student" label="Your job search" items={studentNav} pathname={pathname} />
          {user.isAdmin ? <NavGroup id="nav-admin" label="Admin" items={adminNav} pathname={pathname} /> : null}
        </nav>

        <div className="border-t border-line p-3">
          <div className="flex items-center gap-3 px-2 py-2">
            <span
              aria-hidden="true"
              className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent-ink"
            >
              {initials(user.name, user.email)}
            </span>
            <div className="min-w-0 text-sm">
              <p className="truncate font-medium text-ink" data-testid="current-user-name">
                {user.name || user.email}
              </p>
              <p className="truncate text-xs text-ink-muted" title={user.email} data-testid="current-user-email">
                {user.email}
              </p>
            </div>
          </div>
          <SignOutButton className="mt-1" />
        </div>
      </div>
    </header>
  );
}
