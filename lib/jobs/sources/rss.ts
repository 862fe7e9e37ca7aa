import type { JobPosting } from "../types";
import { parseXmlFeed } from "./xml-feed";

/** RSS 2.0 job feeds (job:* / custom elements included). Atom bodies are accepted too. */
export function parseRss(body: string, now?: Date): Promise<JobPosting[]> {
  return parseXmlFeed(body, "rss", now);
}
