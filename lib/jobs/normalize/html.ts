import sanitizeHtml from "sanitize-html";
import { decodeEntities } from "./entities";

export const MAX_DESCRIPTION_CHARS = 20_000;

// Only structure survives sanitising; everything else becomes text. Scripts,
// styles and other non-text elements are dropped with their content.
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "hr", "pre", "table"],
  allowedAttributes: {},
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "head", "title", "template", "svg", "iframe", "object", "select"],
  disallowedTagsMode: "discard",
};

// Greenhouse sends `content` HTML-escaped ("&lt;p&gt;Hello&lt;/p&gt;"): escaped
// tags and no real ones means one extra decode pass is needed.
const ESCAPED_TAG = /&lt;\/?(?:p|div|ul|ol|li|br|h[1-6]|strong|em|b|i|span|a|table)\b/i;
const REAL_TAG = /<\/?[a-z][^>]*>/i;

// sanitize-html costs ~150 µs on a 3 KB posting, over the per-job budget.
// Bodies made only of plain formatting tags cannot carry scripts or hidden
// text, so they take a regex fast path; anything else (script, style,
// comments, iframes, CDATA, unknown tags) goes through sanitize-html. A test
// checks both paths agree on the demo postings.
const FORMATTING_TAGS = "p|br|div|span|ul|ol|li|h[1-6]|strong|b|em|i|u|a|table|tbody|thead|tr|td|th|blockquote|section|hr|pre|code|small|sup|sub|font|center";
const NEEDS_SANITIZER = new RegExp(`<(?!/?(?:${FORMATTING_TAGS})(?:\\s[^<>]*)?/?>)[a-z!?/]`, "i");

const LIST_ITEM = /<li(?:\s[^<>]*)?>\s*/gi;
const BLOCK_BREAK = /<\/?(?:p|div|ul|ol|h[1-6]|tr|blockquote|section|table|pre)(?:\s[^<>]*)?>|<hr(?:\s[^<>]*)?\/?>/gi;
const LINE_BREAK = /<br(?:\s[^<>]*)?\/?>/gi;
const ANY_TAG = /<[^>]*>/g;
// Runs only: replacing every single space costs more than the rest combined.
const SPACES = / [ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+|[\t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000][ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]*/g;
const BLANK_LINES = /\n[ \t]*(?:\n[ \t]*){2,}/g;
const LINE_EDGES = / *\n */g;

export function unescapeDoubleEncoded(html: string): string {
  return ESCAPED_TAG.test(html) && !REAL_TAG.test(html) ? decodeEntities(html) : html;
}

/**
 * Feed HTML → safe plain text: list items as "- " lines, paragraphs and
 * headings separated by blank lines, entities decoded, capped in length.
 */
export function htmlToText(html: string | null | undefined, maxChars = MAX_DESCRIPTION_CHARS, forceSanitizer = false): string {
  if (!html) return "";
  const unescaped = unescapeDoubleEncoded(html);
  const clean = forceSanitizer || NEEDS_SANITIZER.test(unescaped) ? sanitizeHtml(unescaped, SANITIZE_OPTIONS) : unescaped;
  const text = decodeEntities(
    clean
      .replace(LIST_ITEM, "\n- ")
      .replace(/<\/li>/gi, "")
      .replace(BLOCK_BREAK, "\n\n")
      .replace(LINE_BREAK, "\n")
      .replace(ANY_TAG, " "),
  )
    .replace(/\r\n?/g, "\n")
    .replace(SPACES, " ")
    .replace(LINE_EDGES, "\n")
    .replace(BLANK_LINES, "\n\n")
    .trim();
  if (text.length <= maxChars) return text;
  const cut = text.lastIndexOf(" ", maxChars - 1);
  return `${text.slice(0, cut > maxChars * 0.9 ? cut : maxChars - 1)}…`;
}
