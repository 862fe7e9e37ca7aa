import type { ComponentType, SVGProps } from "react";
import {
  ChartIcon,
  MailIcon,
  RssIcon,
  SendIcon,
  SettingsIcon,
  TargetIcon,
  UserIcon,
  UsersIcon,
} from "@/components/ui/icons";

export type NavItem = { href: string; label: string; icon: ComponentType<SVGProps<SVGSVGElement>> };

export const studentNav: NavItem[] = [
  { href: "/profile", label: "Profile", icon: UserIcon },
  { href: "/matches", label: "Matches", icon: TargetIcon },
  { href: "/digests", label: "Digests", icon: MailIcon },
  { href: "/settings", label: "Settings", icon: SettingsIcon },
];

export const adminNav: NavItem[] = [
  { href: "/admin/users", label: "Users", icon: UsersIcon },
  { href: "/admin/sources", label: "Sources", icon: RssIcon },
  { href: "/admin/metrics", label: "Metrics", icon: ChartIcon },
  { href: "/admin/outbox", label: "Outbox", icon: SendIcon },
];

export function isActivePath(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}
