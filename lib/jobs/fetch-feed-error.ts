export type FetchFeedErrorCode =
  | "http_error"
  | "timeout"
  | "too_large"
  | "too_many_redirects"
  | "network"
  | "decompression_bomb"
  | "bad_url"
  /** `checkUrl` rejected the URL or a redirect target (e.g. the SSRF guard). */
  | "blocked";

export class FetchFeedError extends Error {
  readonly code: FetchFeedErrorCode;
  readonly url: string;
  /** HTTP status for `http_error`. */
  readonly status?: number;

  constructor(code: FetchFeedErrorCode, url: string, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "FetchFeedError";
    this.code = code;
    this.url = url;
    this.status = options?.status;
  }
}
