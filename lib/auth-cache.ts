import { createHash } from "node:crypto";
import { getEnv } from "@/lib/env";

/**
 * Callers verified in the last AUTH_CACHE_MS (default 5 s), by SHA-256 of the
 * credential (the API key, or the Cookie header that carries the session
 * token; never the credential itself). A hit skips better-auth and the
 * database entirely, which is most of a cheap request's cost.
 *
 * Staleness is bounded two ways:
 *  - In this process, every better-auth call that can change who a credential
 *    belongs to or whether it works (sign-out, session and key revocation,
 *    ban, role change, password change, user deletion: any auth endpoint that
 *    is not a read, whether over HTTP or through auth.api.*) forgets every
 *    entry at once (lib/auth.ts, after hook), as do the app's own account
 *    deletions. A lookup that started before such a change never stores its
 *    result (the generation check below).
 *  - A change made behind the app's back (SQL, another app process) is seen
 *    after AUTH_CACHE_MS at most; entries never outlive the session's or the
 *    key's own expiry.
 * AUTH_CACHE_MS=0 turns the cache off.
 */
type Entry = { value: unknown; until: number };
type Store = { entries: Map<string, Entry>; generation: number };

const MAX_ENTRIES = 10_000;
const holder = globalThis as unknown as { __jobmatchAuthCache?: Store };
const store = (): Store => (holder.__jobmatchAuthCache ??= { entries: new Map(), generation: 0 });

export const authCacheKey = (kind: "api_key" | "session", credential: string) =>
  `${kind}:${createHash("sha256").update(credential).digest("base64url")}`;

/** A remembered value, or undefined (missing, expired, or the cache is off). */
export function getCachedAuth<T>(key: string): T | undefined {
  const hit = store().entries.get(key);
  if (!hit) return undefined;
  if (hit.until > Date.now()) return hit.value as T;
  store().entries.delete(key);
  return undefined;
}

/** Call before the lookup whose result you mean to remember; pass the token to rememberAuth. */
export function authCacheGeneration(): number {
  return store().generation;
}

/** Remember a verified caller, unless the cache was cleared since `generation` (the lookup may predate a revocation). */
export function rememberAuth(key: string, value: unknown, generation: number, expiresAt?: Date | string | null): void {
  const ttl = getEnv().AUTH_CACHE_MS;
  const s = store();
  if (ttl <= 0 || generation !== s.generation) return;
  const until = Math.min(Date.now() + ttl, expiresAt ? new Date(expiresAt).getTime() : Infinity);
  if (s.entries.size >= MAX_ENTRIES) s.entries.clear();
  s.entries.set(key, { value, until });
}

/** Forget every verified caller (something about some account, key or session changed). */
export function forgetCachedAuth(): void {
  const s = store();
  s.generation++;
  s.entries.clear();
}

/** Forget one credential (e.g. a session just revoked for being too old). */
export function forgetCachedAuthKey(key: string): void {
  store().entries.delete(key);
}
