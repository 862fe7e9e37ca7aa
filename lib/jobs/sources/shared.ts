import type { z } from "zod";
import { FeedParseError } from "./feed-parse-error";

/** Options every adapter accepts: the company name when the API does not carry it. */
export interface ParseOptions {
  companyName?: string | null;
  now?: Date;
}

/** Validates a parsed JSON body against an adapter's schema, with the first problem in the message. */
export function checkShape<S extends z.ZodType>(schema: S, data: unknown, sourceKind: string, expected: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw new FeedParseError("wrong_shape", sourceKind, `unexpected JSON shape: expected ${expected}${where} (${issue?.message ?? "invalid"})`);
}

export function parseDateValue(value: string | number | null | undefined): Date | null {
  if (value == null || value === "") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "acme-robotics" (from a board URL) → "Acme Robotics": a fallback when the API omits the company. */
export function companyFromSlug(url: string | null | undefined, pattern: RegExp): string | null {
  const slug = url ? pattern.exec(url)?.[1] : undefined;
  if (!slug) return null;
  return decodeURIComponent(slug)
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(" ");
}

/** Plain text wrapped as HTML for the one description pipeline; `<` in prose must stay text. */
export function plainToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped
    .split(/\n{2,}/)
    .map((para) => `<p>${para.replace(/\n/g, "<br>")}</p>`)
    .join("");
}
