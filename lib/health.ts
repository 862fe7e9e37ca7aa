import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { getModes, type Modes } from "@/lib/env";

export type Health = {
  status: "ok" | "unavailable";
  modes: Modes;
  database: { ok: boolean; latency_ms?: number; error?: string };
  version: string;
};

const TIMEOUT_MS = 3000;

/** Liveness + readiness: is the database answering, and which mode is each concern in. */
export async function getHealth(): Promise<Health> {
  const modes = getModes();
  const started = performance.now();
  try {
    await Promise.race([
      getDb().then((db) => db.execute(sql`select 1`)),
      new Promise((_, reject) => setTimeout(() => reject(new Error("database did not answer in time")), TIMEOUT_MS)),
    ]);
    return {
      status: "ok",
      modes,
      database: { ok: true, latency_ms: Math.round(performance.now() - started) },
      version: process.env.npm_package_version ?? "0.1.0",
    };
  } catch (err) {
    return {
      status: "unavailable",
      modes,
      database: { ok: false, error: err instanceof Error ? err.message.split("\n")[0] : "unreachable" },
      version: process.env.npm_package_version ?? "0.1.0",
    };
  }
}
