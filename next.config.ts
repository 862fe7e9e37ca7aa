import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
