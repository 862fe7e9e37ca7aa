/**
 * A local feed server for tests (node:http on 127.0.0.1, random port) that
 * serves every feed format plus the failure modes fetchFeed must survive.
 * Routes: /rss.xml /atom.xml /greenhouse.json /lever.json /ashby.json (demo
 * files), /etag (ETag + Last-Modified, 304 on match), /404, /500, /slow,
 * /redirect/:n (chain ending at /rss.xml), /redirect-loop, /gzip-bomb, /html,
 * /malformed.xml, /empty.xml, /big.xml (5,000 items), /drop (socket cut
 * mid-body), /gzip.xml (a normal gzip-encoded feed). `routes` adds or overrides.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DEMO_FEEDS_DIR } from "./demo-feed-reader";
import { DEMO_FILES } from "./demo-data/demo-files";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestFeedServer {
  baseUrl: string;
  url: (pathname: string) => string;
  /** Requests seen, in order ("GET /rss.xml"). */
  requests: string[];
  close: () => Promise<void>;
}

const demo = (file: string) => readFileSync(path.join(DEMO_FEEDS_DIR, file), "utf8");

/** An RSS feed of `count` varied postings with 2–4 KB descriptions (for load and speed tests). */
export function generateBigRssFeed(count: number): string {
  const roles = ["Software Engineer", "Senior Data Analyst", "Mechanical Engineer II", "Registered Nurse", "UX Designer", "Financial Analyst", "Marketing Intern", "Civil Engineer", "Junior Accountant", "Staff Platform Engineer"];
  const places = ["Austin, TX", "Remote (US)", "London, UK", "Hybrid - Toronto, ON", "Berlin, Germany", "Bengaluru, India", "New York, NY", "Anywhere"];
  const paragraph = "<p>We build tools that help teams ship faster. You will work with product, design and engineering partners, own projects end to end and improve our systems every week.</p>";
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const role = roles[i % roles.length];
    const body = [
      paragraph,
      `<h3>Requirements</h3><ul><li>${(i % 7) + 1}+ years of experience with Python, SQL and TypeScript</li><li>Experience with AWS, Docker and PostgreSQL</li><li>Clear written communication</li></ul>`,
      `<h3>Nice to have</h3><ul><li>Kubernetes and Terraform</li><li>Experience with React</li></ul>`,
      paragraph.repeat(6 + (i % 8)),
      `<p>The salary range is $${80 + (i % 60)},000 - $${100 + (i % 60)},000 per year. Candidates must be authorized to work without sponsorship.</p>`,
    ].join("");
    items.push(`<item><title>${role} #${i}</title><link>https://big.example/jobs/${i}</link><guid>big-${i}</guid><pubDate>${new Date(Date.UTC(2025, 4, 1) - i * 60_000).toUTCString()}</pubDate><job:company>Company ${i % 250}</job:company><job:location>${places[i % places.length]}</job:location><description><![CDATA[${body}]]></description></item>`);
  }
  return `<?xml version="1.0"?><rss version="2.0" xmlns:job="https://jobmatch.dev/ns/job/1.0"><channel><title>Big</title><link>https://big.example</link><description>big</description>${items.join("")}</channel></rss>`;
}

let bomb: Buffer | null = null;
function gzipBomb(): Buffer {
  // ~50 MB of zeros compress to ~50 KB: computed once per process.
  bomb ??= gzipSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 });
  return bomb;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": type, ...headers });
  res.end(body);
}

function defaultRoutes(): Record<string, RouteHandler> {
  const etagBody = demo(DEMO_FILES.nsr);
  const lastModified = "Mon, 02 Jun 2025 00:00:00 GMT";
  let big: string | null = null;
  return {
    "/rss.xml": (_q, r) => send(r, 200, "application/rss+xml; charset=utf-8", demo(DEMO_FILES.nsr)),
    "/atom.xml": (_q, r) => send(r, 200, "application/atom+xml", demo(DEMO_FILES.atom)),
    "/greenhouse.json": (_q, r) => send(r, 200, "application/json", demo(DEMO_FILES.ghn)),
    "/lever.json": (_q, r) => send(r, 200, "application/json", demo(DEMO_FILES.lev)),
    "/ashby.json": (_q, r) => send(r, 200, "application/json", demo(DEMO_FILES.ash)),
    "/etag": (req, res) => {
      const headers = { etag: '"v1"', "last-modified": lastModified };
      if (req.headers["if-none-match"] === '"v1"' || req.headers["if-modified-since"] === lastModified) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      send(res, 200, "application/rss+xml", etagBody, headers);
    },
    "/404": (_q, r) => send(r, 404, "text/html", "<html><body>Not found</body></html>"),
    "/500": (_q, r) => send(r, 500, "text/plain", "boom"),
    "/slow": (_q, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      const timer = setInterval(() => res.write(" "), 200); // trickles forever
      res.on("close", () => clearInterval(timer));
    },
    "/redirect-loop": (_q, r) => send(r, 302, "text/plain", "", { location: "/redirect-loop" }),
    "/gzip-bomb": (_q, r) => send(r, 200, "application/rss+xml", gzipBomb(), { "content-encoding": "gzip" }),
    "/gzip.xml": (_q, r) => send(r, 200, "application/rss+xml", gzipSync(demo(DEMO_FILES.crs)), { "content-encoding": "gzip" }),
    "/html": (_q, r) => send(r, 200, "text/html", "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Login</form></body></html>"),
    "/malformed.xml": (_q, r) => send(r, 200, "application/rss+xml", '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Broken</title></channel>'),
    "/empty.xml": (_q, r) => send(r, 200, "application/rss+xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title><link>https://e.example</link><description>none</description></channel></rss>'),
    "/big.xml": (_q, r) => send(r, 200, "application/rss+xml", (big ??= generateBigRssFeed(5_000))),
    "/drop": (_q, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-length": "100000" });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title>');
      setTimeout(() => res.socket?.destroy(), 50);
    },
  };
}

export async function startTestFeedServer(routes: Record<string, RouteHandler> = {}): Promise<TestFeedServer> {
  const table = { ...defaultRoutes(), ...routes };
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    requests.push(`${req.method} ${pathname}`);
    const redirect = /^\/redirect\/(\d+)$/.exec(pathname);
    if (redirect) {
      const n = Number(redirect[1]);
      send(res, n === 1 ? 301 : 302, "text/plain", "", { location: n <= 1 ? "/rss.xml" : `/redirect/${n - 1}` });
      return;
    }
    const handler = table[pathname];
    if (handler) handler(req, res);
    else send(res, 404, "text/plain", "no such route");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    url: (pathname) => `${baseUrl}${pathname}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
