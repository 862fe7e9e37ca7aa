/**
 * The `?next=` target after signing in, limited to same-site paths so the
 * parameter cannot send a user to another origin (open redirect).
 */
export function safeNextPath(next: string | string[] | undefined | null, fallback: string): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/sign-up") || value.startsWith("/api/")) return fallback;
  return value;
}

/** `?next=…` to carry between the sign-in and sign-up pages, or "". */
export function nextQuery(next: string, fallback: string): string {
  return next === fallback ? "" : `?next=${encodeURIComponent(next)}`;
}
