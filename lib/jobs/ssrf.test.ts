import { describe, expect, it } from "vitest";
import { fetchFeed, FetchFeedError } from "./fetch-feed";
import { assertFetchableUrl, blockedAddressReason } from "./ssrf";
import { startTestFeedServer } from "./test-feed-server";

const fakeDns = async (host: string): Promise<string[]> => {
  const table: Record<string, string[]> = {
    "feeds.example.com": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
    "sneaky.example.com": ["93.184.216.34", "10.1.2.3"], // one private answer is enough to refuse
    "rebind.example.com": ["::ffff:127.0.0.1"],
    "v6local.example.com": ["fd12:3456::1"],
  };
  if (table[host]) return table[host];
  throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
};

const check = (url: string, allowPrivate = false) => assertFetchableUrl(new URL(url), { allowPrivate, lookup: fakeDns });

describe("SSRF guard", () => {
  it.each([
    "http://10.0.0.1/feed",
    "http://127.0.0.1/feed",
    "http://127.1/feed", // WHATWG URL normalises short forms to 127.0.0.1
    "http://2130706433/feed",
    "http://0.0.0.0/feed",
    "http://[::1]/feed",
    "http://[::]/feed",
    "http://[::ffff:127.0.0.1]/feed",
    "http://[::ffff:a9fe:a9fe]/feed",
    "http://169.254.169.254/latest/meta-data/",
    "http://172.16.5.4/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://[fe80::1]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::]/",
    "http://localhost:3000/feed", // resolves to loopback (real resolver)
    "http://sneaky.example.com/feed",
    "http://rebind.example.com/feed",
    "http://v6local.example.com/feed",
  ])("refuses %s", async (url) => {
    const lookup = url.includes("localhost") ? undefined : fakeDns;
    await expect(assertFetchableUrl(new URL(url), { allowPrivate: false, lookup })).rejects.toThrow(/refused/);
  });

  it.each(["https://feeds.example.com/jobs.rss", "http://93.184.216.34/feed", "http://[2606:2800:220:1::1]/", "http://172.32.0.1/", "http://100.128.0.1/"])("allows %s", async (url) => {
    await expect(check(url)).resolves.toBeUndefined();
  });

  it.each(["ftp://feeds.example.com/jobs.rss", "file:///etc/passwd", "gopher://feeds.example.com/"])("always refuses %s", async (url) => {
    await expect(check(url, true)).rejects.toThrow(/only http and https/);
    await expect(check(url, false)).rejects.toThrow(/only http and https/);
  });

  it("allows private addresses only when configured to", async () => {
    await expect(check("http://127.0.0.1:8080/feed", true)).resolves.toBeUndefined();
  });

  it("refuses a name that does not resolve, with the reason", async () => {
    await expect(check("http://nowhere.invalid/")).rejects.toThrow("cannot resolve nowhere.invalid (ENOTFOUND)");
  });

  it("classifies addresses", () => {
    expect(blockedAddressReason("8.8.8.8")).toBeNull();
    expect(blockedAddressReason("::ffff:8.8.8.8")).toBeNull();
    expect(blockedAddressReason("::ffff:192.168.0.1")).toMatch(/private/);
    expect(blockedAddressReason("fe80::1%eth0")).toMatch(/link-local/);
  });

  it("re-checks every redirect hop: a public feed redirecting to the metadata address is refused", async () => {
    const server = await startTestFeedServer({
      "/to-metadata": (_q, r) => {
        r.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
        r.end();
      },
    });
    try {
      const checked: string[] = [];
      const error = await fetchFeed({
        url: server.url("/to-metadata"),
        // The test server itself is on loopback: let that one host through, guard the rest.
        checkUrl: async (url) => {
          checked.push(url.hostname);
          if (url.hostname !== "127.0.0.1") await assertFetchableUrl(url, { allowPrivate: false });
        },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchFeedError);
      expect((error as FetchFeedError).code).toBe("blocked");
      expect((error as FetchFeedError).message).toMatch(/169\.254\.169\.254 is a private, loopback or reserved IPv4 address/);
      expect(checked).toEqual(["127.0.0.1", "169.254.169.254"]);
    } finally {
      await server.close();
    }
  });
});
