/**
 * The floor for bench section 3: a bare node:http server that answers
 * GET /api/v1/profiles/matches/{user_id} with the app's own code minus Next —
 * the same API-key check (lib/api.ts, same caches), the same owner-or-admin
 * rule, the same query parsing, the same query and serialisation
 * (lib/matching/list-matches.ts). Whatever the app spends beyond this is the
 * framework and the per-request set-up around the handler.
 *
 *   PORT=3390 DATABASE_URL=postgres://… BETTER_AUTH_SECRET=… npx tsx bench/bare-server.ts
 */
import { createServer, type ServerResponse } from "node:http";
import { callerForAuthorization } from "@/lib/api";
import { ApiError, toErrorResponse } from "@/lib/errors";
import { getMatchesForUser } from "@/lib/matching/list-matches";
import { matchesQuerySchema } from "@/lib/validation/matches";

const MATCHES = /^\/api\/v1\/profiles\/matches\/([^/]+)$/;

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://bare.local");
    if (url.pathname === "/api/health") return send(res, 200, '{"status":"ok"}');
    const match = MATCHES.exec(url.pathname);
    if (!match || req.method !== "GET") throw new ApiError("not_found", "Only GET /api/v1/profiles/matches/{user_id} here.");
    if (!req.headers.authorization) throw new ApiError("unauthorized", "Send 'Authorization: Bearer <api key>'.");
    const caller = await callerForAuthorization(req.headers.authorization);
    const userId = decodeURIComponent(match[1]);
    if (!caller.isAdmin && caller.userId !== userId) throw new ApiError("forbidden", "You can only access your own data.");
    const query = matchesQuerySchema.parse(Object.fromEntries(url.searchParams));
    send(res, 200, JSON.stringify(await getMatchesForUser(userId, query)));
  } catch (err) {
    const response = toErrorResponse(err, (e) => console.error(e));
    send(res, response.status, await response.text());
  }
});

const port = Number(process.env.PORT ?? 3390);
server.listen(port, "127.0.0.1", () => console.log(`bare server on http://127.0.0.1:${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
