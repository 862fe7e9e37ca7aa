/**
 * Summarise a V8 .cpuprofile (node --cpu-prof) by where the CPU went: self
 * time per category (auth, proxy.ts, framework, query, serialisation, …) and
 * the top functions. Minified Next chunks are mapped back to their sources
 * through the .js.map files beside them (node:module's SourceMap).
 *
 *   npx tsx bench/cpu-profile-summary.ts <file.cpuprofile> [requests]
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const maps = new Map<string, SourceMap | null>();
function sourceMapFor(url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url)!;
  let map: SourceMap | null = null;
  try {
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** Where a frame's code came from: the original source path when a source map knows it. */
function originOf(frame: CallFrame): { source: string; name: string } {
  const map = frame.url ? sourceMapFor(frame.url) : null;
  if (map && frame.lineNumber >= 0) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; name?: string };
    // A package's own source maps say "src/utils.ts"; the file says which package (node_modules/next/dist/…, chunks/node_modules_drizzle-orm_….js).
    const file = frame.url.replace(/^file:\/\/.*?\/(?=\.next\/|node_modules\/)/, "");
    if (entry?.originalSource) return { source: `${entry.originalSource} <= ${file}`, name: frame.functionName || entry.name || "(anonymous)" };
  }
  return { source: frame.url, name: frame.functionName || "(anonymous)" };
}

const CATEGORIES: Array<[string, (source: string, name: string) => boolean]> = [
  ["idle", (_s, n) => n === "(idle)"],
  ["garbage collection", (_s, n) => n === "(garbage collector)"],
  ["proxy.ts (middleware)", (s) => /(^|\/)proxy\.ts/.test(s)],
  ["auth: better-auth", (s) => /better-auth|better-call|@noble|jose|@simplewebauthn|defu/.test(s)],
  ["auth: app (lib/api, session, auth-cache)", (s) => /\/lib\/(api|session|auth[\w-]*|csrf|rate-limit)\.ts/.test(s)],
  ["next start: loading modules (first requests)", (s, n) => /^(wrapSafe|compileFunction|instantiateModule)$/.test(n) || /node:internal\/modules/.test(s)],
  ["query: postgres.js driver", (s) => /node_modules\/postgres\//.test(s)],
  ["query: drizzle", (s) => /drizzle-orm/.test(s)],
  ["query: app (db/, list-matches)", (s) => /\/db\/|list-matches/.test(s)],
  ["serialisation: JSON + serialize-match", (s, n) => /serialize-match/.test(s) || (!s && /^(stringify|parse|JSON\w*)$/.test(n))],
  ["validation: zod", (s) => /node_modules\/zod/.test(s)],
  ["logging: pino", (s) => /pino|sonic-boom|fast-redact/.test(s)],
  ["framework: react (server render)", (s) => /react-dom|react-server|\/react\//.test(s)],
  ["framework: next", (s) => /node_modules\/next\/|webpack:\/\/next|\[turbopack\]|\[next\]/.test(s)],
  ["scheduler: croner (in-process cron)", (s) => /croner/.test(s)],
  ["node core: http, net, streams, crypto", (s, n) => /^node:/.test(s) || (!s && /^(writeBuffer|writev|write\w*String|readv?)$/.test(n))],
  ["V8 / native (program)", (_s, n) => n === "(program)" || n === "(root)"],
];

function categoryOf(source: string, name: string): string {
  for (const [label, test] of CATEGORIES) if (test(source, name)) return label;
  return source ? "other (app code and libraries)" : "other (native builtins)";
}

/**
 * `window` (µs on the monotonic clock, process.hrtime's) keeps only samples
 * taken inside it: the load, not the server's start-up.
 */
export function summarizeProfile(file: string, requests?: number, window?: { fromUs: number; toUs: number }): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const { source, name } = originOf(node.callFrame);
    const category = categoryOf(source, name);
    categories.set(category, (categories.get(category) ?? 0) + us);
    const short = source.replace(/^(\.\.\/)+/, "").replace(/^file:\/\/.*?\/(?=\.next|node_modules)/, "");
    const key = `${name} ${short ? `(${short})` : ""} [${category}]`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const total = [...categories.values()].reduce((a, b) => a + b, 0);
  const busy = total - (categories.get("idle") ?? 0);
  const lines = [`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s on CPU${requests ? `, ${requests} requests` : ""}`];
  lines.push("", "| where (self time) | ms | % of CPU |" + (requests ? " ms per request |" : ""), "|---|---:|---:|" + (requests ? "---:|" : ""));
  for (const [label, us] of [...categories].filter(([l]) => l !== "idle").sort((a, b) => b[1] - a[1])) {
    lines.push(`| ${label} | ${(us / 1000).toFixed(0)} | ${((100 * us) / busy).toFixed(1)} |` + (requests ? ` ${(us / 1000 / requests).toFixed(3)} |` : ""));
  }
  lines.push("", "Top functions by self time:");
  for (const [key, us] of [...functions].filter(([k]) => !k.startsWith("(idle)")).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 25))) {
    lines.push(`  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${key.slice(0, 150)}`);
  }
  return lines.join("\n");
}

if (process.argv[1] && /cpu-profile-summary/.test(process.argv[1])) {
  const [file, requests] = process.argv.slice(2);
  if (!file) throw new Error("usage: tsx bench/cpu-profile-summary.ts <file.cpuprofile> [requests]");
  console.log(summarizeProfile(file, requests ? Number(requests) : undefined));
}
