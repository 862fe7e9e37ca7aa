/**
 * Security headers. Pages get a per-request nonce CSP from proxy.ts (Next
 * renders inline bootstrap/RSC scripts and stamps them with the nonce it
 * finds in the request's CSP); everything else gets the static headers from
 * next.config.ts.
 */
const isDev = process.env.NODE_ENV === "development";
const isHttps = (process.env.APP_URL ?? "").startsWith("https://");

/** The page CSP: scripts only with this request's nonce (and what they load: 'strict-dynamic'). */
export function pageCsp(nonce: string): string {
  return [
    "default-src 'self'",
    // React's dev build needs eval for error overlays/stacks; production does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Tailwind ships a stylesheet, but React style attributes and the emails in srcdoc frames are inline.
    "style-src 'self' 'unsafe-inline'",
    // Emails shown in srcdoc frames inherit this policy: their images may be remote.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** JSON and files from /api: nothing in them may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const HSTS = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/** On every response (next.config.ts). HSTS is added when APP_URL is https or a proxy says the request was. */
export function baseSecurityHeaders(): Array<{ key: string; value: string }> {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(isHttps ? [HSTS] : []),
  ];
}
