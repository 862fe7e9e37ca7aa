import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { authApiKeys, authUsers } from "@/db/schema";
import { getAuth } from "@/lib/auth";
import { authCacheGeneration, authCacheKey, getCachedAuth, rememberAuth } from "@/lib/auth-cache";
import { assertSameOrigin } from "@/lib/csrf";
import { ApiError, toErrorResponse } from "@/lib/errors";
import { getLogger, runWithRequestId } from "@/lib/logger";
import { type Caller, getActiveSession, toCaller } from "@/lib/session";

// Next passes `{ params: Promise<{ user_id: string }> }` etc.; accept any route's params.
type RouteContext = { params: Promise<unknown> };

export type HandlerArgs = {
  req: Request;
  caller: Caller;
  params: Record<string, string>;
  searchParams: Record<string, string>;
  requestId: string;
};
type Handler<A> = (args: A) => Promise<Response> | Response;

/**
 * Two levels, both keyed by SHA-256 of the key (never the key itself), both
 * remembering successes only (a wrong key, or one with a usage quota, always
 * goes to better-auth):
 *  1. lib/auth-cache.ts: the Caller itself for AUTH_CACHE_MS (5 s): no
 *     database work at all. Revocation, bans and role changes made through
 *     better-auth in this process clear it at once; anything else is seen
 *     within AUTH_CACHE_MS.
 *  2. Keys fully verified by better-auth in the last 30 s → the key row's id.
 *     verifyApiKey reads the key row, then writes it (last_request,
 *     request_count), then we read the user: three statements, one a write.
 *     Within the window a repeat request instead re-reads the key row and its
 *     user in one indexed query. The trade-off: last_request / request_count
 *     advance only on full verifications (at most one per key and process
 *     every 30 s).
 */
const API_KEY_RECHECK_MS = 30_000;
const API_KEY_CACHE_MAX = 10_000;
const verifiedKeys = new Map<string, { keyId: string; until: number }>();

async function recheckVerifiedKey(keyId: string): Promise<{ caller: Caller; expiresAt: Date | null } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ enabled: authApiKeys.enabled, expiresAt: authApiKeys.expiresAt, user: authUsers })
    .from(authApiKeys)
    .innerJoin(authUsers, eq(authUsers.id, authApiKeys.referenceId))
    .where(eq(authApiKeys.id, keyId))
    .limit(1);
  if (!row || row.enabled === false || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  if (row.user.banned) throw new ApiError("unauthorized", "The API key's account is disabled.");
  return { caller: toCaller(row.user, "api_key"), expiresAt: row.expiresAt };
}

async function callerForApiKey(key: string): Promise<Caller> {
  const cacheKey = authCacheKey("api_key", key);
  const cached = getCachedAuth<Caller>(cacheKey);
  if (cached) return cached;
  const generation = authCacheGeneration();
  const hit = verifiedKeys.get(cacheKey);
  if (hit && hit.until > Date.now()) {
    const rechecked = await recheckVerifiedKey(hit.keyId);
    if (rechecked) {
      rememberAuth(cacheKey, rechecked.caller, generation, rechecked.expiresAt);
      return rechecked.caller;
    }
  }
  verifiedKeys.delete(cacheKey);
  const auth = await getAuth();
  const result = await auth.api.verifyApiKey({ body: { key } }).catch(() => null);
  if (!result?.valid || !result.key) throw new ApiError("unauthorized", "Invalid, expired or revoked API key.");
  const db = await getDb();
  const [user] = await db.select().from(authUsers).where(eq(authUsers.id, result.key.referenceId)).limit(1);
  if (!user || user.banned) throw new ApiError("unauthorized", "The API key's account is disabled.");
  const caller = toCaller(user, "api_key");
  // A key with a usage quota (remaining) must be counted by better-auth on every request: never remembered.
  if (result.key.remaining == null) {
    if (verifiedKeys.size >= API_KEY_CACHE_MAX) verifiedKeys.clear();
    verifiedKeys.set(cacheKey, { keyId: result.key.id, until: Date.now() + API_KEY_RECHECK_MS });
    rememberAuth(cacheKey, caller, generation, result.key.expiresAt);
  }
  return caller;
}

/** Resolve who is calling: `Authorization: Bearer <api key>` or the session cookie. */
export async function resolveCaller(req: Request): Promise<Caller | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) return callerForAuthorization(authorization);
  const session = await getActiveSession(req.headers);
  if (!session) return null;
  if ((session.user as { banned?: boolean }).banned) return null;
  return toCaller(session.user as Parameters<typeof toCaller>[0], "session");
}

/** The caller for an `Authorization` header value (API keys only). */
export async function callerForAuthorization(authorization: string): Promise<Caller> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw new ApiError("unauthorized", "Malformed Authorization header: expected 'Bearer <api key>'.");
  return callerForApiKey(match[1]);
}

function flattenParams(raw: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
}

/**
 * The one wrapper every /api/v1 route goes through: request id, caller
 * resolution (401 when anonymous), and the single error mapping.
 */
export function withUser<A extends HandlerArgs = HandlerArgs>(
  handler: Handler<A>,
  authorize?: (args: HandlerArgs) => void,
) {
  return async (req: Request, ctx: RouteContext): Promise<Response> => {
    const incoming = req.headers.get("x-request-id");
    // A caller's id is kept only when it looks like one (it is echoed into logs and headers).
    const requestId = incoming && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    return runWithRequestId(requestId, () => handle(req, ctx, requestId));
  };

  async function handle(req: Request, ctx: RouteContext, requestId: string): Promise<Response> {
    const url = new URL(req.url);
    // The request id comes from the logger's request context (every line of this request has it).
    // The child logger is made only when a line is written: most requests write none.
    const logger = () => getLogger().child({ method: req.method, path: url.pathname });
    const started = performance.now();
    let response: Response;
    try {
      const caller = await resolveCaller(req);
      if (!caller) throw new ApiError("unauthorized", "Sign in or send 'Authorization: Bearer <api key>'.");
      // A browser sends the cookie on any request to us; Bearer keys are never sent implicitly.
      if (caller.via === "session") assertSameOrigin(req);
      const params = flattenParams(((await ctx?.params) ?? {}) as Record<string, string | string[]>);
      const searchParams = Object.fromEntries(url.searchParams);
      const args: HandlerArgs = { req, caller, params, searchParams, requestId };
      authorize?.(args);
      response = await handler(args as A);
    } catch (err) {
      response = toErrorResponse(err, (e) => logger().error({ err: e }, "unhandled error"));
    }
    response.headers.set("x-request-id", requestId);
    if (getLogger().isLevelEnabled("debug")) logger().debug({ status: response.status, ms: Math.round(performance.now() - started) }, "request");
    return response;
  }
}

/** Admins only (403 for everyone else). */
export function withAdmin(handler: Handler<HandlerArgs>) {
  return withUser(handler, ({ caller }) => {
    if (!caller.isAdmin) throw new ApiError("forbidden", "This endpoint is for administrators.");
  });
}

/** The `{user_id}` in the path must be the caller's own id, unless the caller is an admin. */
export function withOwnerOrAdmin(handler: Handler<HandlerArgs & { userId: string }>) {
  return withUser<HandlerArgs & { userId: string }>(
    (args) => handler({ ...args, userId: args.params.user_id }),
    ({ caller, params }) => {
      const userId = params.user_id;
      if (!userId || userId.length > 100) throw new ApiError("validation_error", "user_id: must be 1–100 characters.");
      if (!caller.isAdmin && caller.userId !== userId) {
        throw new ApiError("forbidden", "You can only access your own data.");
      }
    },
  );
}
