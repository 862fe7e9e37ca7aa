import { insertMissingSources } from "@/db/queries/job-sources";
import { getEnv } from "@/lib/env";
import { DEMO_SOURCES } from "./demo-sources";

/**
 * Adds the bundled demo feeds (demo://, no network) if they are missing.
 * DEMO_SOURCES=auto (default): enabled in embedded mode (no DATABASE_URL) so a
 * fresh `npm start` has jobs, disabled on Postgres; `on` / `off` force it
 * (`off` adds nothing). Idempotent; never re-enables a source an admin turned off.
 */
export async function ensureDemoSources({ enabled }: { enabled?: boolean } = {}): Promise<{ created: number }> {
  const env = getEnv();
  if (enabled === undefined && env.DEMO_SOURCES === "off") return { created: 0 };
  const on = enabled ?? (env.DEMO_SOURCES === "on" || (env.DEMO_SOURCES === "auto" && !env.DATABASE_URL));
  const created = await insertMissingSources(DEMO_SOURCES.map((s) => ({ name: s.name, kind: s.kind, url: s.url, enabled: on, is_demo: true })));
  return { created };
}
