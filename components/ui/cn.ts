/** Joins class names, skipping falsy ones. Small on purpose: no merge magic. */
export function cn(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
