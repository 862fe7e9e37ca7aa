import Link from "next/link";
import { cn } from "./cn";

/** The JobMatch mark: a target with a check, in the brand colour. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={cn("size-7", className)}>
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <circle cx="16" cy="16" r="9" fill="none" stroke="white" strokeOpacity="0.45" strokeWidth="2" />
      <path d="m11.5 16.2 3.1 3.1 6.2-6.6" fill="none" stroke="white" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function Logo({ href = "/", className }: { href?: string; className?: string }) {
  return (
    <Link
      href={href}
      className={cn("inline-flex items-center gap-2 rounded-md text-base font-semibold tracking-tight text-ink", className)}
    >
      <LogoMark />
      <span>JobMatch</span>
    </Link>
  );
}
