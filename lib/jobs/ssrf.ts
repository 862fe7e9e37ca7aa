import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";

/**
 * The SSRF guard for source URLs: http(s) only, and — unless private
 * addresses are allowed (ALLOW_PRIVATE_SOURCE_URLS, tests) — every address
 * the host resolves to must be public. fetchFeed calls it for the first URL
 * and for each redirect hop.
 *
 * Known limit: fetch resolves the name again when it connects, so a DNS
 * server that answers differently the second time (rebinding) is not caught.
 */
export class BlockedUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BlockedUrlError";
  }
}

export type LookupAll = (hostname: string) => Promise<string[]>;

const systemLookup: LookupAll = async (hostname) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

// [first address, prefix length] per range that must never be fetched.
const BLOCKED_V4: Array<[number, number]> = [
  [ip4("0.0.0.0"), 8], // "this network", incl. 0.0.0.0
  [ip4("10.0.0.0"), 8],
  [ip4("100.64.0.0"), 10], // carrier-grade NAT
  [ip4("127.0.0.0"), 8],
  [ip4("169.254.0.0"), 16], // link-local, cloud metadata
  [ip4("172.16.0.0"), 12],
  [ip4("192.0.0.0"), 24],
  [ip4("192.168.0.0"), 16],
  [ip4("198.18.0.0"), 15], // benchmarking
  [ip4("224.0.0.0"), 4], // multicast
  [ip4("240.0.0.0"), 4], // reserved, broadcast
];

function ip4(address: string): number {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function inV4Range(value: number, [base, bits]: [number, number]): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(base / size);
}

/** "::ffff:7f00:1" → eight 16-bit groups. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split("%")[0];
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const n = ip4(v4Tail[1]);
    text = `${text.slice(0, -v4Tail[1].length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : new Array(8 - headGroups.length - tailGroups.length).fill("0");
  return [...headGroups, ...zeros, ...tailGroups].map((g) => parseInt(g || "0", 16));
}

function describeV4(n: number): string | null {
  return BLOCKED_V4.some((range) => inV4Range(n, range)) ? "a private, loopback or reserved IPv4 address" : null;
}

function describeV6(groups: number[]): string | null {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups;
  const embeddedV4 = g6 * 65536 + g7;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0xffff) return describeV4(embeddedV4); // IPv4-mapped ::ffff:a.b.c.d
  if (firstFiveZero && g5 === 0) {
    if (g6 === 0 && g7 <= 1) return "the unspecified or loopback IPv6 address";
    return describeV4(embeddedV4); // deprecated IPv4-compatible ::a.b.c.d
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return describeV4(embeddedV4); // NAT64
  if (g0 === 0x2002) return describeV4(g1 * 65536 + g2); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return "a unique-local IPv6 address (fc00::/7)";
  if ((g0 & 0xffc0) === 0xfe80) return "a link-local IPv6 address (fe80::/10)";
  if ((g0 & 0xffc0) === 0xfec0) return "a site-local IPv6 address";
  if ((g0 & 0xff00) === 0xff00) return "a multicast IPv6 address";
  return null;
}

/** Why `address` (an IP literal) must not be fetched, or null when it is public. */
export function blockedAddressReason(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return describeV4(ip4(address));
  if (family === 6) return describeV6(ipv6Groups(address));
  return "not an IP address";
}

export interface CheckUrlOptions {
  allowPrivate: boolean;
  lookup?: LookupAll;
}

/** Throws BlockedUrlError unless `url` is an http(s) URL whose host resolves only to public addresses. */
export async function assertFetchableUrl(url: URL, { allowPrivate, lookup = systemLookup }: CheckUrlOptions): Promise<void> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new BlockedUrlError(`only http and https URLs can be fetched, not ${url.protocol}`);
  }
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!host) throw new BlockedUrlError("the URL has no host");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await lookup(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new BlockedUrlError(`cannot resolve ${host}${code ? ` (${code})` : ""}`);
    }
    if (addresses.length === 0) throw new BlockedUrlError(`${host} has no addresses`);
  }
  for (const address of addresses) {
    const reason = blockedAddressReason(address);
    if (reason) {
      const via = address === host ? host : `${host} (resolves to ${address})`;
      throw new BlockedUrlError(`${via} is ${reason}; private and loopback addresses are refused`);
    }
  }
}
