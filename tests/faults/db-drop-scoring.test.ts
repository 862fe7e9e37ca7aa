import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, type DbHandle, getDb, setDbHandle } from "@/db";
import { jobScores, type NewJobListing } from "@/db/schema";
import { scoreAllUsers } from "@/lib/matching/pipeline";
import { createTestDb, testDriver } from "@/tests/db";
import { insertJobs, jobRow, seedProfile, typicalJobs } from "@/tests/matching-seed";
import { setOpenAiEnv } from "@/tests/openai-env";

/**
 * The database connection drops in the middle of scoreAllUsers (Postgres: the
 * app's backends are terminated by pg_terminate_backend from an admin
 * connection while its score upsert waits; PGlite: the handle's db starts
 * failing every statement mid-run). The rerun must leave exactly the rows an
 * undisturbed run leaves on a fresh database with the same seed.
 */
const NOW = new Date("2026-03-02T15:00:00Z");
const SKILLS = [["Python", "SQL"], ["JavaScript", "React"], ["Java", "Spring"], ["Excel", "Tableau"], ["Python", "PyTorch"], ["C++", "Linux"]];
const JOBS: NewJobListing[] = [
  ...Object.values(typicalJobs(NOW)),
  ...Array.from({ length: 40 }, (_, k) =>
    jobRow({ title: `Software Engineer ${k}`, company: `Company ${k % 9}`, required_skills: SKILLS[k % SKILLS.length], seniority: k % 4 === 0 ? "intern" : "entry" }, NOW),
  ),
];

async function seed() {
  await insertJobs(JOBS);
  for (let u = 0; u < 12; u++) {
    await seedProfile(`drop-${u}`, { programming_languages: SKILLS[u % SKILLS.length], relevant_coursework: [`Course ${u}`], min_score_threshold: u % 3 === 0 ? 0 : 40 });
  }
}

async function finalRows(db: Db) {
  const rows = await db.select().from(jobScores).orderBy(asc(jobScores.user_id), asc(jobScores.job_id));
  return rows.map(({ id: _id, created_at: _c, ...rest }: Record<string, unknown>) => rest);
}

/** PGlite: a db whose statements all fail once `broken()` is true ("connection terminated"). */
function breakable(handle: DbHandle, broken: () => boolean): DbHandle {
  const fail = () => Promise.reject(new Error("Connection terminated unexpectedly"));
  const db = new Proxy(handle.db, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function" || !["execute", "insert", "update", "delete", "select", "transaction"].includes(String(prop))) return value;
      return (...args: unknown[]) => (broken() ? fail() : value.apply(target, args));
    },
  });
  return { ...handle, db };
}

let restoreEnv = () => {};
const handles: DbHandle[] = [];
beforeAll(() => {
  restoreEnv = setOpenAiEnv(null); // the rules only: deterministic rows
});
afterAll(async () => {
  setDbHandle(undefined);
  restoreEnv();
  for (const h of handles) await h.close();
});

async function freshDb() {
  const h = await createTestDb();
  handles.push(h);
  setDbHandle(h);
  await seed();
  return h;
}

describe(`a connection drop mid scoreAllUsers (${testDriver})`, () => {
  it("the rerun ends with exactly the rows of an undisturbed run", async () => {
    const clean = await freshDb();
    const undisturbed = await scoreAllUsers({ now: NOW });
    expect(undisturbed.errors).toBe(0);
    const expected = await finalRows(clean.db);
    expect(expected.length).toBeGreaterThan(100);

    const hurt = await freshDb();
    let disturbed: Awaited<ReturnType<typeof scoreAllUsers>>;
    if (hurt.driver === "postgres") {
      // Hold a SHARE lock on job_scores (reads pass, the upsert waits), kill the app's backends while it waits.
      const { default: postgres } = await import("postgres");
      const current = (await (await getDb()).execute(sql`select current_database() as db`)) as unknown as { db: string }[];
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${current[0].db}`;
      const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
      try {
        const release = admin.begin(async (tx) => {
          await tx`lock table job_scores in share mode`;
          const run = scoreAllUsers({ now: NOW });
          let killed = 0;
          for (let k = 0; k < 200 && killed === 0; k++) {
            await new Promise((r) => setTimeout(r, 25));
            const waiting = await tx`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`;
            if (waiting.length > 0) {
              const gone = await tx`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
              killed = gone.filter((g) => g.ok).length;
            }
          }
          expect(killed).toBeGreaterThan(0);
          return run;
        });
        disturbed = await release;
      } finally {
        await admin.end();
      }
    } else {
      // The loads succeed; from the first write on, every statement fails as on a dead connection.
      let down = false;
      setDbHandle(breakable(hurt, () => down));
      const original = hurt.db.execute;
      let executes = 0;
      hurt.db.execute = ((...args: Parameters<typeof original>) => {
        if (++executes === 1) down = true;
        return down ? Promise.reject(new Error("Connection terminated unexpectedly")) : original.apply(hurt.db, args);
      }) as typeof original;
      try {
        disturbed = await scoreAllUsers({ now: NOW });
      } finally {
        hurt.db.execute = original;
      }
      down = false;
      setDbHandle(hurt);
    }
    expect(disturbed.errors).toBeGreaterThan(0);
    const partial = await finalRows(hurt.db);
    expect(partial.length).toBeLessThan(expected.length); // the drop really lost writes

    // The rerun is what the scheduler does next: a pooled connection the server killed may report its
    // FATAL on its next query once (postgres.js then reconnects), so the run is retried as an Inngest
    // step would be — at most once, and only for that connection error.
    const rerun = await scoreAllUsers({ now: NOW }).catch((err: unknown) => {
      if (!/terminating connection|Connection terminated|57P01|CONNECTION_(ENDED|CLOSED)/.test(String((err as { cause?: unknown })?.cause ?? err) + String(err))) throw err;
      return scoreAllUsers({ now: NOW });
    });
    expect(rerun.errors).toBe(0);
    expect(await finalRows(hurt.db)).toEqual(expected);

    // And a third run changes nothing.
    await scoreAllUsers({ now: NOW });
    expect(await finalRows(hurt.db)).toEqual(expected);
  });
});
