/** Shared look for text-like form controls; invalid state comes from aria-invalid. */
export const controlStyles =
  "block w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-ink shadow-xs placeholder:text-ink-subtle transition-colors hover:border-ink-subtle focus-visible:border-accent focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring/40 disabled:cursor-not-allowed disabled:bg-subtle disabled:opacity-70 aria-invalid:border-danger aria-invalid:focus-visible:outline-danger/40";
