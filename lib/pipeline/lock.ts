import { createHash } from "node:crypto";
import { getDbHandle } from "@/db";

const store = globalThis as unknown as { __jobmatchJobLocks?: Set<string> };
const held = (store.__jobmatchJobLocks ??= new Set());

/** A stable 31-bit advisory-lock key for a job name. */
export function lockKey(name: string): number {
  return createHash("sha256").update(`jobmatch:${name}`).digest().readInt32BE(0) & 0x7fffffff;
}

/**
 * Run `fn` unless the same job is already running — in this process (an
 * in-process guard) or in another app process sharing the Postgres database
 * (a session advisory lock). Returns `{ ran: false }` when skipped.
 */
export async function withJobLock<T>(name: string, fn: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  if (held.has(name)) return { ran: false };
  held.add(name);
  try {
    const handle = await getDbHandle();
    const release = handle.tryAdvisoryLock ? await handle.tryAdvisoryLock(lockKey(name)) : async () => {};
    if (!release) return { ran: false };
    try {
      return { ran: true, result: await fn() };
    } finally {
      await release();
    }
  } finally {
    held.delete(name);
  }
}
