import Parser from "rss-parser";
import type { JobPosting } from "../types";
import { FeedParseError, assertNotHtmlOrEmpty } from "./feed-parse-error";

/**
 * RSS 2.0 and Atom share this reader: boards mislabel their feeds, so either
 * adapter accepts either format; they differ only in the name in errors.
 * rss-parser keeps only elements we ask for, so every custom element job
 * boards are known to use is listed here (as arrays: some repeat).
 */
const CUSTOM_ITEM_FIELDS = [
  "company", "job:company", "hiring:company", "companyName", "dc:creator", "author",
  "location", "job:location", "region", "job:region", "country", "job:country", "city",
  "salary", "job:salary", "compensation", "job:compensation",
  "type", "jobType", "job_type", "job:type", "job:jobType", "employmentType", "job:employmentType",
  "remote", "job:remote", "job:workplace", "workplaceType",
  "tags", "job:tags", "category", "job:category", "skills", "job:skills",
  "expires", "job:expires", "validThrough", "job:status", "status",
  "media:content", "media:thumbnail", "id", "guid", "published", "updated",
].map((name) => [name, name, { keepArray: true }] as [string, string, { keepArray: boolean }]);

type RawItem = Record<string, unknown> & Parser.Item;

const parser = new Parser<Record<string, unknown>, RawItem>({
  customFields: { item: CUSTOM_ITEM_FIELDS },
  xml2js: { strict: true },
});

/** xml2js gives strings, `{ _: text, $: attrs }`, or arrays of those; flatten to trimmed strings. */
export function textsOf(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (typeof value === "number") return [String(value)];
  if (typeof value === "object") {
    const node = value as { _?: unknown; $?: Record<string, unknown> };
    if (typeof node._ === "string") return textsOf(node._);
    const attrs = node.$ ?? {};
    for (const key of ["term", "label", "value", "name", "url"]) {
      if (typeof attrs[key] === "string") return textsOf(attrs[key]);
    }
  }
  return [];
}

function first(item: RawItem, ...names: string[]): string | null {
  for (const name of names) {
    const [value] = textsOf(item[name]);
    if (value) return value;
  }
  return null;
}

function all(item: RawItem, ...names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const text of textsOf(item[name])) {
      for (const part of text.split(/\s*[,;]\s*/)) if (part) out.add(part);
    }
  }
  return [...out];
}

function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const CLOSED_TITLE = /^\s*[[(]?\s*(?:closed|filled|expired|position filled|no longer accepting)\b[\])]?[\s:-]*/i;

function toPosting(item: RawItem, now: Date): JobPosting {
  const rawTitle = (item.title ?? "").trim();
  const expires = parseDate(first(item, "job:expires", "expires", "validThrough"));
  const status = first(item, "job:status", "status")?.toLowerCase() ?? "";
  const closedTitle = CLOSED_TITLE.test(rawTitle);
  const categories = [...(item.categories ?? []).flatMap((c) => textsOf(c)), ...all(item, "category", "job:category")];
  return {
    externalId: first(item, "guid", "id") ?? item.link ?? null,
    title: closedTitle ? rawTitle.replace(CLOSED_TITLE, "") : rawTitle,
    company: first(item, "job:company", "company", "hiring:company", "companyName", "dc:creator", "creator", "author"),
    location: first(item, "job:location", "location", "city", "job:country", "country"),
    url: item.link?.trim() || null,
    descriptionHtml: item["content:encoded"] ? String(item["content:encoded"]) : (item.content ?? item.summary ?? null),
    postedAt: parseDate(item.isoDate ?? item.pubDate ?? first(item, "published", "updated")),
    employmentType: first(item, "job:type", "job:jobType", "jobType", "job_type", "type", "employmentType", "job:employmentType"),
    salaryText: first(item, "job:salary", "salary", "job:compensation", "compensation"),
    tags: [...new Set([...categories, ...all(item, "tags", "job:tags", "skills", "job:skills")])],
    remoteHint: first(item, "job:remote", "remote", "job:workplace", "workplaceType", "job:region", "region"),
    closed: closedTitle || status === "closed" || status === "expired" || (expires !== null && expires < now),
    raw: { guid: item.guid, link: item.link },
  };
}

/** Parses an RSS 2.0/1.0 or Atom body into postings; throws FeedParseError on anything else. */
export async function parseXmlFeed(body: string, sourceKind: string, now = new Date()): Promise<JobPosting[]> {
  assertNotHtmlOrEmpty(body, sourceKind);
  if (/^\s*[[{]/.test(body)) throw new FeedParseError("not_a_feed", sourceKind, "got JSON, expected an XML feed");
  let feed: Parser.Output<RawItem>;
  try {
    feed = await parser.parseString(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const code = /not recognized/i.test(detail) ? "not_a_feed" : "malformed_xml";
    const what = code === "not_a_feed" ? "XML is not an RSS or Atom feed" : "malformed XML";
    throw new FeedParseError(code, sourceKind, `${what} (${detail})`, { cause: error });
  }
  return feed.items.filter((item) => (item.title ?? "").trim() !== "").map((item) => toPosting(item, now));
}
