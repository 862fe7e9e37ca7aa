import type { NextConfig } from "next";
import { API_CSP, baseSecurityHeaders, HSTS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native/wasm and worker-based packages load from node_modules at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "postgres",
    "pino",
    "unpdf",
    "mammoth",
    "rss-parser",
    "sanitize-html",
  ],
  poweredByHeader: false,
  // `npm run typecheck` checks types; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: baseSecurityHeaders() },
      // Behind a TLS-terminating proxy: HSTS even when APP_URL was not https at build time.
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
      // Pages get a nonce CSP per request from proxy.ts; API responses and feed files get a deny-all one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      { source: "/demo-feeds/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;
