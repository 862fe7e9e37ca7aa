import { insertMissingSources } from "@/db/queries/job-sources";
import { getEnv } from "@/lib/env";
import { DEMO_SOURCES } from "./demo-sources";

/**
 * Adds the bundled demo feeds (demo://, no network) if they are missing:
 * enabled in embedded mode (no DATABASE_URL) so a fresh `npm start` has jobs,
 * disabled on Postgres. Idempotent; never re-enables a source an admin turned off.
 */
export async function ensureDemoSources({ enabled }: { enabled?: boolean } = {}): Promise<{ created: number }> {
  const on = enabled ?? !getEnv().DATABASE_URL;
  const created = await insertMissingSources(DEMO_SOURCES.map((s) => ({ name: s.name, kind: s.kind, url: s.url, enabled: on, is_demo: true })));
  return { created };
}
