import { readDemoFeed } from "./demo-feed-reader";
import { FetchFeedError } from "./fetch-feed-error";

export { FetchFeedError, type FetchFeedErrorCode } from "./fetch-feed-error";

export const FEED_USER_AGENT = "JobMatch/0.1 (+https://github.com/jobmatch; job-feed fetcher)";

export interface FetchFeedOptions {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Called with the first URL and every redirect target; throw to refuse (SSRF guard). */
  checkUrl?: (url: URL) => void | Promise<void>;
  /** Clock for demo:// date shifting (tests). */
  now?: Date;
}

export type FetchFeedResult =
  | { status: "not_modified" }
  | { status: "ok"; body: string; etag: string | null; lastModified: string | null; finalUrl: string; bytes: number };

const ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.9, */*;q=0.5";
// Zeros and repeated text compress ~1000:1; real feeds stay far below this.
const BOMB_RATIO = 200;

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new FetchFeedError("bad_url", raw, `not a valid URL: "${raw}"`, { cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchFeedError("bad_url", raw, `unsupported scheme "${url.protocol}" (http, https and demo:// only)`);
  }
  if (url.username || url.password) throw new FetchFeedError("bad_url", raw, "credentials in feed URLs are not allowed");
  return url;
}

async function runCheck(checkUrl: FetchFeedOptions["checkUrl"], url: URL): Promise<void> {
  if (!checkUrl) return;
  try {
    await checkUrl(url);
  } catch (error) {
    if (error instanceof FetchFeedError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new FetchFeedError("blocked", url.href, `URL refused: ${detail}`, { cause: error });
  }
}

function charsetOf(contentType: string | null): string {
  const label = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? "")?.[1] ?? "utf-8";
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return "utf-8";
  }
}

/** Reads the (already decompressed) body, stopping as soon as it passes maxBytes. */
async function readLimited(response: Response, url: string, maxBytes: number): Promise<{ body: string; bytes: number }> {
  const encoded = (response.headers.get("content-encoding") ?? "identity").toLowerCase() !== "identity";
  const wireLength = Number(response.headers.get("content-length") ?? NaN);
  if (!encoded && wireLength > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchFeedError("too_large", url, `body is ${wireLength} bytes, over the ${maxBytes}-byte limit`);
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    const ratioBomb = encoded && wireLength > 0 && bytes > 1_000_000 && bytes / wireLength > BOMB_RATIO;
    if (bytes > maxBytes || ratioBomb) {
      await reader.cancel().catch(() => undefined);
      if (encoded) throw new FetchFeedError("decompression_bomb", url, `compressed body expands past ${ratioBomb ? `${BOMB_RATIO}x its size` : `${maxBytes} bytes`}`);
      throw new FetchFeedError("too_large", url, `body exceeds the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  const buffer = Buffer.concat(chunks, bytes);
  return { body: new TextDecoder(charsetOf(response.headers.get("content-type"))).decode(buffer), bytes };
}

function requestHeaders(options: FetchFeedOptions): Record<string, string> {
  const headers: Record<string, string> = { "user-agent": options.userAgent ?? FEED_USER_AGENT, accept: ACCEPT };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  return headers;
}

async function fetchFollowingRedirects(options: FetchFeedOptions, signal: AbortSignal): Promise<FetchFeedResult> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  let url = parseUrl(options.url);
  for (let hop = 0; ; hop++) {
    await runCheck(options.checkUrl, url);
    const response = await fetch(url, { headers: requestHeaders(options), redirect: "manual", signal });
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      await response.body?.cancel().catch(() => undefined);
      if (hop >= maxRedirects) throw new FetchFeedError("too_many_redirects", url.href, `more than ${maxRedirects} redirects`);
      url = parseUrl(new URL(location, url).href);
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { status: "not_modified" };
    }
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchFeedError("http_error", url.href, `HTTP ${response.status} from ${url.href}`, { status: response.status });
    }
    const { body, bytes } = await readLimited(response, url.href, maxBytes);
    return {
      status: "ok",
      body,
      bytes,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
      finalUrl: url.href,
    };
  }
}

/**
 * Conditional GET of a feed with redirect, size and time limits. The timeout
 * covers the whole exchange, body included, so a trickling server cannot
 * hold a worker. Throws FetchFeedError.
 */
export async function fetchFeed(options: FetchFeedOptions): Promise<FetchFeedResult> {
  if (options.url.startsWith("demo://")) return readDemoFeed(options.url, { etag: options.etag, now: options.now });
  const timeoutMs = options.timeoutMs ?? 15_000;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    return await fetchFollowingRedirects(options, controller.signal);
  } catch (error) {
    if (timedOut) throw new FetchFeedError("timeout", options.url, `timed out after ${timeoutMs} ms`, { cause: error });
    if (error instanceof FetchFeedError) throw error;
    const detail = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}` : String(error);
    throw new FetchFeedError("network", options.url, `network error: ${detail}`, { cause: error });
  } finally {
    clearTimeout(timer);
    controller.abort(); // releases any socket still attached to an unread body
  }
}
