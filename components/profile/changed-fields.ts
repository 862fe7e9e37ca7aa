/** The keys of `current` whose values differ from `baseline` (deep, by JSON), with their new values. */
export function changedFields<T extends Record<string, unknown>>(baseline: T, current: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(current) as (keyof T)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(baseline[key])) changed[key] = current[key];
  }
  return changed;
}

/** "" → null, trimmed otherwise (the API clears a field on null). */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** A whole number from a text box: null when empty, NaN when not a number. */
export function parseWholeNumber(value: string): number | null {
  const cleaned = value.replace(/[\s,_]/g, "");
  if (!cleaned) return null;
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
