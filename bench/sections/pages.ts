import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db";
import { rowsOf } from "@/db/queries/tx";
import type { NextServer } from "../next-server";
import { quantile, type Row } from "../stats";

const REQUESTS = Number(process.env.BENCH_PAGES_REQUESTS ?? 100);
const DIGEST_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Your matches</title></head><body>${Array.from(
  { length: 10 },
  (_, i) => `<table role="presentation"><tr><td><h2>Job ${i + 1}</h2><p>Good match (8${i}/100). In its favour: Python and SQL required — all on your resume.</p><a href="https://example.test/${i}">View</a></td></tr></table>`,
).join("")}</body></html>`;

/**
 * The student pages' time to first byte: a student signs up over HTTP (a real
 * session cookie), gets a copy of a bench student's profile, 100 scores and a
 * digest, then loads /matches and /digests/{id} REQUESTS times one after
 * another (what one person clicking around sees). TTFB is until the response
 * headers arrive; the body is read in full each time.
 */
export async function benchPages(targets: Array<{ name: string; label: string; server: NextServer }>, handle: DbHandle, templateUserId: string): Promise<Row[]> {
  const rows: Row[] = [];
  const students = [];
  for (const t of targets) {
    const { cookie, userId } = await signUp(t.server.url, `bench-student-${t.name}-${Date.now()}@example.test`);
    students.push({ t, cookie, digestId: await copyStudent(handle, templateUserId, userId) });
  }
  for (const page of ["matches", "digest"] as const) {
    const path = (digestId: number) => (page === "matches" ? "/matches" : `/digests/${digestId}`);
    for (const s of students) await timePage(s.t.server.url + path(s.digestId), s.cookie, 5); // warm-up
    // The targets take turns request by request, so a burst of load from elsewhere hits them alike.
    const ttfb = students.map(() => [] as number[]);
    for (let i = 0; i < REQUESTS; i++) {
      for (const [k, s] of students.entries()) ttfb[k].push(...(await timePage(s.t.server.url + path(s.digestId), s.cookie, 1)));
    }
    for (const [k, s] of students.entries()) {
      const sorted = ttfb[k].sort((a, b) => a - b);
      rows.push(
        { section: "3 pages", metric: `${s.t.label}: ${page} page TTFB p50, ${REQUESTS} sequential`, unit: "ms", value: quantile(sorted, 0.5).toFixed(1) },
        { section: "3 pages", metric: `${s.t.label}: ${page} page TTFB p95`, unit: "ms", value: quantile(sorted, 0.95).toFixed(1) },
      );
    }
  }
  return rows;
}

async function timePage(url: string, cookie: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
    out.push(performance.now() - started);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${body.slice(0, 200)}`);
  }
  return out;
}

export async function signUp(base: string, email: string): Promise<{ cookie: string; userId: string }> {
  const res = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: "bench-password-4821", name: "Bench Student" }),
  });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = (await res.json()) as { user: { id: string } };
  return { cookie, userId: body.user.id };
}

/** The template student's profile and scores under the new user's id, plus one digest; returns the digest id. */
export async function copyStudent(handle: DbHandle, from: string, to: string): Promise<number> {
  const profileColumns = rowsOf<{ column_name: string }>(
    await handle.db.execute(sql`select column_name from information_schema.columns where table_name = 'user_profiles' and column_name not in ('id', 'user_id', 'email')`),
  ).map((r) => `"${r.column_name}"`);
  await handle.db.execute(sql.raw(`insert into user_profiles (user_id, email, ${profileColumns.join(", ")}) select '${to}', null, ${profileColumns.join(", ")} from user_profiles where user_id = '${from}'`));
  await handle.db.execute(sql`
    insert into job_scores (user_id, job_id, compatibility_score, confidence_score, ai_reasoning, match_factors, mismatch_factors, skills_match_score,
      experience_match_score, location_match_score, salary_match_score, culture_match_score, scored_at, score_version, scoring_method, rules_score)
    select ${to}, job_id, compatibility_score, confidence_score, ai_reasoning, match_factors, mismatch_factors, skills_match_score,
      experience_match_score, location_match_score, salary_match_score, culture_match_score, scored_at, score_version, scoring_method, rules_score
    from job_scores where user_id = ${from}`);
  const [digest] = rowsOf<{ id: number }>(
    await handle.db.execute(sql`insert into daily_digests (user_id, digest_date, digest_title, digest_html, total_matches)
      values (${to}, current_date, 'Your 10 best matches today', ${DIGEST_HTML}, 10) returning id`),
  );
  return digest.id;
}
