import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { proxy } from "@/proxy";

type HeaderRule = { source: string; has?: unknown[]; headers: Array<{ key: string; value: string }> };

describe("security headers", () => {
  it("next.config sends nosniff, DENY framing, a referrer policy and a permissions policy everywhere", async () => {
    const rules = (await nextConfig.headers!()) as HeaderRule[];
    const everywhere = rules.find((r) => r.source === "/:path*" && !r.has)!;
    const h = Object.fromEntries(everywhere.headers.map((x) => [x.key.toLowerCase(), x.value]));
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["strict-transport-security"]).toBeUndefined(); // APP_URL is http in tests
    expect(h["content-security-policy"]).toBeUndefined(); // pages get theirs from proxy.ts, with a nonce
    const hsts = rules.find((r) => r.has)!;
    expect(hsts.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
    expect(hsts.headers[0].key).toBe("Strict-Transport-Security");
    const api = rules.find((r) => r.source === "/api/:path*")!;
    expect(api.headers[0].value).toMatch(/default-src 'none'; frame-ancestors 'none'/);
  });

  it("proxy gives each page a nonce CSP without unsafe-inline scripts, on the response and for Next's renderer", () => {
    const first = proxy(new NextRequest("http://localhost:3000/matches?page=2"));
    const second = proxy(new NextRequest("http://localhost:3000/matches"));
    const csp = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives["script-src"]).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(directives["script-src"]).not.toContain("unsafe-inline");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(directives["object-src"]).toBe("'none'");
    expect(directives["base-uri"]).toBe("'self'");
    expect(directives["form-action"]).toBe("'self'");
    // NextResponse.next({ request: { headers } }) forwards the request headers as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-request-x-pathname")).toBe("/matches?page=2");
  });
});
