import autocannon from "autocannon";
import path from "node:path";
import { openPostgres, setDbHandle } from "@/db";
import { createAdmin } from "@/lib/admin/create-admin";
import { APP_DIR, startNext } from "./next-server";
async function main() {
  const url = "postgres://postgres@127.0.0.1:5432/jobmatch_bench_api";
  process.env.BETTER_AUTH_SECRET = "jobmatch-bench-only-secret-0123456789abcdef";
  setDbHandle(await openPostgres(url));
  const { apiKey } = await createAdmin({ email: `probe${Date.now()}@example.test` });
  const server = await startNext({ DATABASE_URL: url, LOG_LEVEL: "warn", BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET, DATA_DIR: path.join(APP_DIR, ".data") });
  try {
    for (const [label, p] of [["health", "/api/health"], ["matches", "/api/v1/profiles/matches/api-student-42"], ["health", "/api/health"], ["matches", "/api/v1/profiles/matches/api-student-42"]]) {
      const r = await autocannon({ url: server.url + p, connections: 50, duration: 6, headers: { authorization: `Bearer ${apiKey}` } });
      console.log(label, "rps", r.requests.average, "non2xx", r.non2xx);
    }
  } finally { await server.stop(); process.exit(0); }
}
main();
