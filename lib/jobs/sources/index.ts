import type { JobPosting } from "../types";
import { parseAshby } from "./ashby";
import { parseAtom } from "./atom";
import { parseGreenhouse } from "./greenhouse";
import { parseLever } from "./lever";
import { parseRss } from "./rss";
import type { ParseOptions } from "./shared";

export { FeedParseError, type FeedParseErrorCode } from "./feed-parse-error";
export type { ParseOptions } from "./shared";

export const SOURCE_KINDS = ["rss", "atom", "greenhouse", "lever", "ashby"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function isSourceKind(value: string): value is SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(value);
}

const BOARD_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const ATS_URLS: Record<Exclude<SourceKind, "rss" | "atom">, (token: string) => string> = {
  greenhouse: (token) => `https://boards-api.greenhouse.io/v1/boards/${token}/jobs?content=true`,
  lever: (token) => `https://api.lever.co/v0/postings/${token}?mode=json`,
  ashby: (token) => `https://api.ashbyhq.com/posting-api/job-board/${token}?includeCompensation=true`,
};

/**
 * The URL to fetch for a source. For ATS kinds a bare board token ("acme")
 * becomes the public API URL; full URLs (and demo://) pass through unchanged.
 */
export function resolveSourceUrl(kind: SourceKind, urlOrToken: string): string {
  const value = urlOrToken.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  if (kind === "rss" || kind === "atom") {
    throw new Error(`${kind} sources need a full URL, got "${value}"`);
  }
  if (!BOARD_TOKEN.test(value)) throw new Error(`"${value}" is not a valid ${kind} board token`);
  return ATS_URLS[kind](encodeURIComponent(value));
}

/** Parses a fetched body with the adapter for `kind`. Throws FeedParseError. */
export async function parseSourceBody(kind: SourceKind, body: string, options: ParseOptions = {}): Promise<JobPosting[]> {
  switch (kind) {
    case "rss":
      return parseRss(body, options.now);
    case "atom":
      return parseAtom(body, options.now);
    case "greenhouse":
      return parseGreenhouse(body, options);
    case "lever":
      return parseLever(body, options);
    case "ashby":
      return parseAshby(body, options);
  }
}
