import { openPostgres, setDbHandle } from "@/db";
import { createAdmin } from "@/lib/admin/create-admin";
import { getAuth } from "@/lib/auth";
import { resolveCaller } from "@/lib/api";
import { getMatchesForUser } from "@/lib/matching/list-matches";
import { getProfileByUserId } from "@/db/queries/profiles";
async function main() {
  process.env.BETTER_AUTH_SECRET = "jobmatch-bench-only-secret-0123456789abcdef";
  process.env.LOG_LEVEL = "error";
  setDbHandle(await openPostgres("postgres://postgres@127.0.0.1:5432/jobmatch_bench_api"));
  const { apiKey } = await createAdmin({ email: `probe${Date.now()}@example.test` });
  const auth = await getAuth();
  const req = new Request("http://x/api", { headers: { authorization: `Bearer ${apiKey}` } });
  for (const round of [1, 2]) {
    let t = performance.now(); for (let i = 0; i < 300; i++) await auth.api.verifyApiKey({ body: { key: apiKey } }); console.log(round, "verifyApiKey ms", ((performance.now() - t) / 300).toFixed(2));
    t = performance.now(); for (let i = 0; i < 300; i++) await resolveCaller(req); console.log(round, "resolveCaller ms", ((performance.now() - t) / 300).toFixed(2));
    t = performance.now(); for (let i = 0; i < 300; i++) await getProfileByUserId(`api-student-${i + 1}`); console.log(round, "getProfile ms", ((performance.now() - t) / 300).toFixed(2));
    t = performance.now(); for (let i = 0; i < 300; i++) await getMatchesForUser(`api-student-${i + 1}`, { limit: 20, offset: 0 } as never); console.log(round, "getMatches ms", ((performance.now() - t) / 300).toFixed(2));
  }
  process.exit(0);
}
main();
