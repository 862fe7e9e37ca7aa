import type { JobPosting } from "../types";
import { parseXmlFeed } from "./xml-feed";

/** Atom job feeds. RSS bodies are accepted too (boards mislabel feeds). */
export function parseAtom(body: string, now?: Date): Promise<JobPosting[]> {
  return parseXmlFeed(body, "atom", now);
}
