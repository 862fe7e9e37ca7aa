import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { getDb } from "@/db";
import { authAccounts, authApiKeys, authSessions, authUsers, authVerifications } from "@/db/schema";
import { forgetCachedAuth } from "@/lib/auth-cache";
import { getOrCreateSecretFile } from "@/lib/data-dir";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "@/lib/password-rules";

export const API_KEY_PREFIX = "jm_";

/** Same-host aliases a browser may use for a local app (localhost vs 127.0.0.1). */
export function trustedOrigins(appUrl: string): string[] {
  const url = new URL(appUrl);
  const origins = new Set([url.origin]);
  if (["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
    for (const host of ["localhost", "127.0.0.1"]) origins.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
  }
  return [...origins];
}

export function isAdminEmail(email: string) {
  return getEnv().ADMIN_EMAILS.includes(email.toLowerCase());
}

/** Auth endpoints that only read: every other one may revoke, ban, demote or sign out, so it clears lib/auth-cache.ts. */
const READ_ONLY_AUTH_PATHS = new Set(["/get-session", "/api-key/get", "/api-key/list", "/list-sessions", "/list-accounts", "/admin/get-user", "/admin/list-users", "/admin/list-user-sessions", "/admin/has-permission", "/ok", "/error"]);

// auth.api.verifyApiKey is a server-only endpoint without a path ("/" in hooks); it answers { valid, error, key }.
const isKeyVerification = (returned: unknown) => typeof returned === "object" && returned !== null && "valid" in returned && "key" in returned;

/** After any auth endpoint that may have changed a session, key or account (over HTTP or through auth.api.*). */
const forgetVerifiedCallers = createAuthMiddleware(async (ctx) => {
  const readOnly = READ_ONLY_AUTH_PATHS.has(ctx.path) || ((!ctx.path || ctx.path === "/") && isKeyVerification(ctx.context.returned));
  if (!readOnly) forgetCachedAuth();
});

/** Password rules beyond length, on every endpoint that sets a password. */
const passwordRules = createAuthMiddleware(async (ctx) => {
  const body = (ctx.body ?? {}) as { password?: unknown; newPassword?: unknown; email?: unknown };
  let problem: string | null = null;
  if (ctx.path === "/sign-up/email") problem = passwordProblem(body.password, body.email);
  else if (ctx.path === "/change-password" || ctx.path === "/reset-password") problem = passwordProblem(body.newPassword);
  if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_TOO_WEAK" });
});

async function createAuth() {
  const env = getEnv();
  const db = await getDb();
  return betterAuth({
    appName: "JobMatch",
    baseURL: env.APP_URL,
    secret: env.BETTER_AUTH_SECRET ?? getOrCreateSecretFile("auth-secret"),
    trustedOrigins: trustedOrigins(env.APP_URL),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: authUsers,
        session: authSessions,
        account: authAccounts,
        verification: authVerifications,
        apikey: authApiKeys,
      },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    hooks: { before: passwordRules, after: forgetVerifiedCallers },
    // Idle expiry: each use (at most once a day) pushes expiresAt SESSION_IDLE_DAYS ahead.
    // The absolute cap (SESSION_MAX_DAYS since sign-in) is enforced in lib/session.ts.
    session: {
      expiresIn: Math.round(env.SESSION_IDLE_DAYS * 24 * 60 * 60),
      updateAge: Math.min(60 * 60 * 24, Math.round((env.SESSION_IDLE_DAYS * 24 * 60 * 60) / 2)),
    },
    advanced: {
      // __Secure- cookies (Secure flag) whenever the app is served over https.
      useSecureCookies: env.APP_URL.startsWith("https://"),
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
    },
    telemetry: { enabled: false },
    // Into our JSON logs; a wrong password or a bad API key is routine, not an error.
    logger: {
      level: "warn",
      log: (level, message) => {
        const routine = /invalid password|api key|user not found|common ones|be your email|password is too/i.test(message);
        const target = routine ? "debug" : level;
        log[target]({ component: "auth" }, message);
      },
    },
    // Slow down brute force and sign-up floods per client IP (better-auth's limiter).
    rateLimit: {
      enabled: env.AUTH_RATE_LIMIT_PER_MINUTE > 0,
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: env.AUTH_RATE_LIMIT_PER_MINUTE },
        "/sign-up/email": { window: 60, max: env.AUTH_RATE_LIMIT_PER_MINUTE },
      },
    },
    databaseHooks: {
      user: {
        create: {
          // Accounts listed in ADMIN_EMAILS become admins when they sign up.
          before: async (user) => ({
            data: { ...user, role: isAdminEmail(user.email) ? "admin" : "student" },
          }),
        },
      },
    },
    plugins: [
      admin({ defaultRole: "student", adminRoles: ["admin"] }),
      apiKey({ defaultPrefix: API_KEY_PREFIX, rateLimit: { enabled: false } }),
      nextCookies(),
    ],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const store = globalThis as unknown as { __jobmatchAuth?: Promise<Auth> };

/** The auth instance, created on first use (never at import: `next build` imports routes). */
export function getAuth(): Promise<Auth> {
  store.__jobmatchAuth ??= createAuth().catch((err) => {
    store.__jobmatchAuth = undefined;
    throw err;
  });
  return store.__jobmatchAuth;
}

/** Tests swap databases between files; the auth instance follows. */
export function resetAuth() {
  store.__jobmatchAuth = undefined;
}
