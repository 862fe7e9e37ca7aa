import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { authApiKeys, authUsers } from "@/db/schema";
import { getAuth } from "@/lib/auth";
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
 * Keys fully verified by better-auth in the last 30 s, by SHA-256 of the key
 * (never the key itself) → the key row's id. verifyApiKey reads the key row,
 * then writes it (last_request, request_count), then we read the user: three
 * statements, one a write, on every request. Within the window a repeat
 * request instead re-reads the key row and its user in one indexed query, so
 * a key revoked, disabled or expired, or an account banned or demoted, is
 * refused at once, as before. The trade-off: last_request / request_count
 * advance only on full verifications (at most one per key and process every
 * 30 s). Only successes are remembered: a wrong key, or one with a usage quota,
 * always goes to better-auth.
 */
const API_KEY_RECHECK_MS = 30_000;
const API_KEY_CACHE_MAX = 10_000;
const verifiedKeys = new Map<string, { keyId: string; until: number }>();

async function recheckVerifiedKey(keyId: string): Promise<Caller | null> {
  const db = await getDb();
  const [row] = await db
    .select({ enabled: authApiKeys.enabled, expiresAt: authApiKeys.expiresAt, user: authUsers })
    .from(authApiKeys)
    .innerJoin(authUsers, eq(authUsers.id, authApiKeys.referenceId))
    .where(eq(authApiKeys.id, keyId))
    .limit(1);
  if (!row || row.enabled === false || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  if (row.user.banned) throw new ApiError("unauthorized", "The API key's account is disabled.");
  return toCaller(row.user, "api_key");
}

async function callerForApiKey(key: string): Promise<Caller> {
  const digest = createHash("sha256").update(key).digest("base64url");
  const hit = verifiedKeys.get(digest);
  if (hit && hit.until > Date.now()) {
    const caller = await recheckVerifiedKey(hit.keyId);
    if (caller) return caller;
  }
  verifiedKeys.delete(digest);
  const auth = await getAuth();
  const result = await auth.api.verifyApiKey({ body: { key } }).catch(() => null);
  if (!result?.valid || !result.key) throw new ApiError("unauthorized", "Invalid, expired or revoked API key.");
  const db = await getDb();
  const [user] = await db.select().from(authUsers).where(eq(authUsers.id, result.key.referenceId)).limit(1);
  if (!user || user.banned) throw new ApiError("unauthorized", "The API key's account is disabled.");
  // A key with a usage quota (remaining) must be counted by better-auth on every request: never remembered.
  if (result.key.remaining == null) {
    if (verifiedKeys.size >= API_KEY_CACHE_MAX) verifiedKeys.clear();
    verifiedKeys.set(digest, { keyId: result.key.id, until: Date.now() + API_KEY_RECHECK_MS });
  }
  return toCaller(user, "api_key");
}

/** Resolve who is calling: `Authorization: Bearer <api key>` or the session cookie. */
export async function resolveCaller(req: Request): Promise<Caller | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new ApiError("unauthorized", "Malformed Authorization header: expected 'Bearer <api key>'.");
    return callerForApiKey(match[1]);
  }
  const session = await getActiveSession(req.headers);
  if (!session) return null;
  if ((session.user as { banned?: boolean }).banned) return null;
  return toCaller(session.user as Parameters<typeof toCaller>[0], "session");
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
    // The request id comes from the logger's request context (every line of this request has it).
    const logger = getLogger().child({ method: req.method, path: new URL(req.url).pathname });
    const started = performance.now();
    let response: Response;
    try {
      const caller = await resolveCaller(req);
      if (!caller) throw new ApiError("unauthorized", "Sign in or send 'Authorization: Bearer <api key>'.");
      // A browser sends the cookie on any request to us; Bearer keys are never sent implicitly.
      if (caller.via === "session") assertSameOrigin(req);
      const params = flattenParams(((await ctx?.params) ?? {}) as Record<string, string | string[]>);
      const searchParams = Object.fromEntries(new URL(req.url).searchParams);
      const args: HandlerArgs = { req, caller, params, searchParams, requestId };
      authorize?.(args);
      response = await handler(args as A);
    } catch (err) {
      response = toErrorResponse(err, (e) => logger.error({ err: e }, "unhandled error"));
    }
    response.headers.set("x-request-id", requestId);
    logger.debug({ status: response.status, ms: Math.round(performance.now() - started) }, "request");
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
