import { countScoredJobsSince, listFeedbackForAllUsers, listFeedbackForUser, listScoredPairs } from "@/db/queries/job-scores";
import type { PipelineTrigger } from "@/db/queries/pipeline-runs";
import { getProfileByUserId } from "@/db/queries/profiles";
import { listActiveProfiles } from "@/db/queries/scoring-profiles";
import type { JobListing, NewJobScore, UserProfile } from "@/db/schema";
import { getAiProvider } from "@/lib/ai";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/logger";
import { type AiRunStats, newAiRunStats } from "./ai-refine";
import { loadCandidates, rulesPass, windowStart } from "./candidates";
import { refineUserMatches } from "./daily-refine";
import { feedbackByUser, feedbackFromRows } from "./feedback";
import { buildJobFeatures, buildProfileFeatures } from "./features";
import { attachJobVectors, attachLexicalQuery } from "./lexical";
import { LEXICAL_WINDOW_MAX_JOBS, listLexicalWindowJobs, windowLexicalIndex } from "./lexical-window";
import { minRowsToStore, selectRowsToStore, storeFloor } from "./listing";
import { storeScores, toScoreRow } from "./store";
import type { JobFeatures, MatchFeedback, ProfileFeatures } from "./types";

export interface ScoreCounts extends AiRunStats {
  candidates: number;
  gated: number;
  rules_scored: number;
  stored: number;
}

export interface ScoreUserResult extends ScoreCounts {
  user_id: string;
  /** "openai" when pending rows were sent to the model (refine), "rules" otherwise. */
  ai_mode: "openai" | "rules";
  duration_ms: number;
}

export interface ScoreAllResult extends ScoreCounts {
  users: number;
  jobs: number;
  errors: number;
  /** Always "rules": the hourly pass never calls the model. */
  ai_mode: "rules";
  load_ms: number;
  /** Time in gates, rules and explanations. */
  score_ms: number;
  /** Summed time of the batched writes (they overlap with scoring). */
  store_ms: number;
  duration_ms: number;
}

export interface ScoreUserOptions {
  jobLimit?: number;
  daysBack?: number;
  now?: Date;
  trigger?: PipelineTrigger;
  /** Refine this student's pending rows with the model now (the "refresh matches" button). */
  refine?: boolean;
}

const newCounts = (): ScoreCounts => ({ candidates: 0, gated: 0, rules_scored: 0, stored: 0, ...newAiRunStats() });
const ms = (since: number) => Math.round(performance.now() - since);

/**
 * Steps 2–4 for one student over prepared jobs: gates and rules for every
 * pair, then the rows worth storing (only those are explained): every one
 * within near_margin of the threshold or above, and the best few whatever
 * their score, so the student has min_per_run rows in the window
 * (`alreadyStored` counts the ones there). The hourly pass is rules-only: the
 * model judges the stored near-threshold rows once a day (daily-refine), which
 * is why near_margin is at least AI_REFINE.max_shift (a test holds it).
 */
function scoreProfile(
  profile: UserProfile,
  pf: ProfileFeatures,
  jobs: readonly JobListing[],
  jfs: readonly JobFeatures[],
  counts: ScoreCounts,
  now: Date,
  alreadyStored: number,
  skip?: ReadonlySet<number>,
): NewJobScore[] {
  const threshold = profile.min_score_threshold;
  const floor = storeFloor(threshold);
  const minRows = minRowsToStore(alreadyStored);
  const pass = rulesPass(pf, jfs, floor, skip, minRows);
  counts.candidates += pass.candidates;
  counts.gated += pass.gated;
  counts.rules_scored += pass.rulesScored;
  const candidates = pass.kept.map(({ index, rules }) => ({ index, jobId: jobs[index].id, final: rules }));
  return selectRowsToStore(candidates, threshold, minRows).map(({ index }) => toScoreRow(profile, jobs[index], pf, jfs[index], undefined, now));
}

const isAiConfigured = () => !!getAiProvider().jobScorer;

/**
 * The whole pipeline for one student now (API, Inngest fan-out, CLI). 404 when
 * there is no profile. With `refine` (the student's "refresh matches") the
 * model then judges their pending rows right away instead of at the daily pass.
 */
export async function scoreUser(userId: string, options: ScoreUserOptions = {}): Promise<ScoreUserResult> {
  const started = performance.now();
  const { jobLimit = 50, daysBack = 1, now = new Date(), trigger = "manual", refine = false } = options;
  const profile = await getProfileByUserId(userId);
  if (!profile) throw new ApiError("not_found", `No profile for user ${userId}. Upload a resume or paste its text first.`);
  const [jobs, feedbackRows, alreadyStored] = await Promise.all([
    loadCandidates(userId, { jobLimit, daysBack, now }),
    listFeedbackForUser(userId),
    countScoredJobsSince(userId, windowStart(now, daysBack)),
  ]);
  const pf = buildProfileFeatures(profile, feedbackFromRows(feedbackRows));
  const jfs = jobs.map(buildJobFeatures);
  // IDF from the whole window, built once per process and window (every student's call shares it).
  const lexIndex = await windowLexicalIndex(windowStart(now, daysBack));
  attachJobVectors(lexIndex, jobs, jfs);
  attachLexicalQuery(pf, profile, lexIndex);
  const counts = newCounts();
  const rows = scoreProfile(profile, pf, jobs, jfs, counts, now, alreadyStored);
  counts.stored = await storeScores(rows);
  const refined = refine && isAiConfigured() ? await refineUserMatches(userId, { now }) : null;
  const result: ScoreUserResult = { user_id: userId, ...counts, ...(refined?.stats ?? {}), ai_mode: refined?.ai_mode ?? "rules", duration_ms: ms(started) };
  log.info({ ...result, trigger }, "scored jobs for user");
  return result;
}

const FLUSH_ROWS = 5000;
const WRITES_IN_FLIGHT = 3;

/**
 * The hourly pass over every active student in one go: the window's open jobs
 * loaded and featurised once, profiles and feedback in one query each, the
 * already-scored pairs once, every pair scored in memory, batched upserts.
 * Rules only: the model judges the stored rows once a day (daily-refine).
 */
export async function scoreAllUsers({ now = new Date(), daysBack = 1, maxJobs = 5000 }: { now?: Date; daysBack?: number; maxJobs?: number } = {}): Promise<ScoreAllResult> {
  const started = performance.now();
  const since = windowStart(now, daysBack);
  const [windowJobs, profiles, feedbackRows] = await Promise.all([listLexicalWindowJobs(since), listActiveProfiles(), listFeedbackForAllUsers()]);
  // One read serves both: the lexical window starts on the hour at or before `since`, newest first, so
  // this run's jobs are its rows from `since` on (maxJobs is at most its cap).
  const jobs = windowJobs.filter((j) => j.fetched_at >= since).slice(0, Math.min(maxJobs, LEXICAL_WINDOW_MAX_JOBS));
  const jfs = jobs.map(buildJobFeatures);
  // IDF from this run's window, once (shared with per-student calls); each student's query is built against it.
  const lexIndex = await windowLexicalIndex(since, windowJobs);
  attachJobVectors(lexIndex, jobs, jfs);
  const scoredPairs = await listScoredPairs(jobs.map((j) => j.id));
  const skipByUser = new Map<string, Set<number>>();
  for (const key of scoredPairs) {
    const bar = key.lastIndexOf("|");
    const userId = key.slice(0, bar);
    let set = skipByUser.get(userId);
    if (!set) skipByUser.set(userId, (set = new Set()));
    set.add(Number(key.slice(bar + 1)));
  }
  const feedback = feedbackByUser(feedbackRows);
  const loadMs = ms(started);

  const counts = newCounts();
  let errors = 0;
  let pending: NewJobScore[] = [];
  let storeMs = 0;
  let scoreMs = 0;
  // Writes overlap with scoring the next students (the database works while we explain), a few at a time.
  const writing = new Set<Promise<void>>();
  const flush = async (force: boolean) => {
    if (pending.length > 0 && (force || pending.length >= FLUSH_ROWS)) {
      const rows = pending;
      pending = [];
      const t = performance.now();
      const write: Promise<void> = storeScores(rows)
        .then(
          (n) => void (counts.stored += n),
          (err) => {
            errors++;
            log.error({ err, rows: rows.length }, "storing a batch of scores failed; the next run scores those pairs again");
          },
        )
        .finally(() => {
          storeMs += performance.now() - t;
          writing.delete(write);
        });
      writing.add(write);
    }
    while (writing.size >= (force ? 1 : WRITES_IN_FLIGHT)) await Promise.race(writing);
  };
  const scoreOne = async (profile: UserProfile) => {
    try {
      const pf = buildProfileFeatures(profile, feedback.get(profile.user_id) ?? EMPTY_FEEDBACK);
      attachLexicalQuery(pf, profile, lexIndex);
      const t = performance.now();
      const skip = skipByUser.get(profile.user_id);
      const rows = scoreProfile(profile, pf, jobs, jfs, counts, now, skip?.size ?? 0, skip);
      scoreMs += performance.now() - t;
      for (const row of rows) pending.push(row);
      await flush(false);
    } catch (err) {
      errors++;
      log.error({ err, userId: profile.user_id }, "scoring one user failed; the run goes on");
    }
  };
  if (jobs.length > 0) for (const profile of profiles) await scoreOne(profile);
  await flush(true);
  const duration = ms(started);
  const result: ScoreAllResult = {
    users: profiles.length,
    jobs: jobs.length,
    errors,
    ...counts,
    ai_mode: "rules",
    load_ms: loadMs,
    score_ms: Math.round(scoreMs),
    store_ms: Math.round(storeMs),
    duration_ms: duration,
  };
  log.info(result, "scored jobs for all users");
  return result;
}

const EMPTY_FEEDBACK: MatchFeedback = {};

export { listActiveUserIds } from "@/db/queries/scoring-profiles";
