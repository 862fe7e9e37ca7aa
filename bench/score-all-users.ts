/**
 * The hourly all-users scoring run (rules mode) on synthetic load: N students
 * cycled from the matching corpus × M corpus jobs fetched in the last hour, on
 * in-memory PGlite (or DATABASE_URL). Run: npx tsx bench/score-all-users.ts [students] [jobs]
 */
import { openPostgres, setDbHandle } from "@/db";
import { openMemoryPglite } from "@/db/pglite";
import { jobListings, type NewJobListing, type NewUserProfile, userProfiles } from "@/db/schema";
import { loadCorpusJobs } from "@/lib/matching/corpus/jobs";
import { CORPUS_PROFILES } from "@/lib/matching/corpus/profiles";
import { scoreAllUsers } from "@/lib/matching/pipeline";

async function main() {
  const students = Number(process.argv[2] ?? 200);
  const jobCount = Number(process.argv[3] ?? 500);
  delete process.env.OPENAI_API_KEY;
  delete process.env.OPENAPI_KEY;
  const handle = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openMemoryPglite();
  setDbHandle(handle);
  try {
    const now = new Date();
    const corpus = (await loadCorpusJobs(now)).filter((j) => j.status === "open");
    const fetched = new Date(now.getTime() - 3600_000);
    const tag = Date.now().toString(36);
    const jobs: NewJobListing[] = Array.from({ length: jobCount }, (_, i) => {
      const { id: _id, key, status: _s, ...job } = corpus[i % corpus.length];
      return { ...job, dedupe_key: `bench-${tag}-${i}-${key}`.slice(0, 400), fetched_at: fetched, first_seen_at: fetched, last_seen_at: fetched } as NewJobListing;
    });
    const profiles: NewUserProfile[] = Array.from({ length: students }, (_, i) => {
      const { label: _l, ...base } = CORPUS_PROFILES[i % CORPUS_PROFILES.length];
      return { ...base, user_id: `bench-${tag}-${i}`, years_of_experience: (i % 7) * 0.5 };
    });
    const db = handle.db;
    for (let i = 0; i < jobs.length; i += 500) await db.insert(jobListings).values(jobs.slice(i, i + 500));
    for (let i = 0; i < profiles.length; i += 500) await db.insert(userProfiles).values(profiles.slice(i, i + 500));

    for (const label of ["first run", "second run (all pairs already scored)"]) {
      const r = await scoreAllUsers({ now });
      console.log(
        `${label}: ${r.users} students × ${r.jobs} jobs = ${r.candidates} pairs, ${r.gated} gated, ${r.stored} stored in ${(r.duration_ms / 1000).toFixed(2)} s ` +
          `(load ${r.load_ms} ms, score+explain ${r.score_ms} ms, store ${r.store_ms} ms) [${handle.driver}]`,
      );
    }
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
