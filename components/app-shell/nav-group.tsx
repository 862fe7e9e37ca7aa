import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { isActivePath, type NavItem } from "./nav-items";

type NavGroupProps = { id: string; label: string; items: NavItem[]; pathname: string };

export function NavGroup({ id, label, items, pathname }: NavGroupProps) {
  return (
    <div>
      <p id={id} className="px-3 pb-1.5 text-xs font-semibold tracking-wide text-ink-subtle uppercase">
        {label}
      </p>
      <ul aria-labelledby={id} className="space-y-0.5">
        {items.map(({ href, label: text, icon: Icon }) => {
          const active = isActivePath(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex h-10 items-center gap-3 rounded-md px-3 text-sm font-medium transition-colors lg:h-9",
                  active ? "bg-accent-soft text-accent-ink" : "text-ink-muted hover:bg-subtle hover:text-ink",
                )}
              >
                <Icon className={cn("size-[18px] shrink-0", active ? "text-accent-ink" : "text-ink-subtle")} />
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
