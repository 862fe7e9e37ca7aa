/** Why a body could not be read as the feed kind it was fetched as. */
export type FeedParseErrorCode =
  | "empty_body"
  | "html_page"
  | "malformed_xml"
  | "not_a_feed"
  | "invalid_json"
  | "wrong_shape";

export class FeedParseError extends Error {
  readonly code: FeedParseErrorCode;
  readonly sourceKind: string;

  constructor(code: FeedParseErrorCode, sourceKind: string, message: string, options?: { cause?: unknown }) {
    super(`${sourceKind}: ${message}`, options);
    this.name = "FeedParseError";
    this.code = code;
    this.sourceKind = sourceKind;
  }
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** Shared first checks: an empty body or an HTML page (login wall, error page) is not a feed. */
export function assertNotHtmlOrEmpty(body: string, sourceKind: string): void {
  if (body.trim() === "") throw new FeedParseError("empty_body", sourceKind, "the response body is empty");
  if (HTML_START.test(body.slice(0, 2_000))) {
    throw new FeedParseError("html_page", sourceKind, "got an HTML page instead of a feed (wrong URL, or a login/error page)");
  }
}

/** Parses JSON with a typed error; the shape is checked by each adapter's schema. */
export function parseJsonBody(body: string, sourceKind: string): unknown {
  assertNotHtmlOrEmpty(body, sourceKind);
  try {
    return JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FeedParseError("invalid_json", sourceKind, `invalid JSON (${detail})`, { cause: error });
  }
}
