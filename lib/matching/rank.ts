import { explainPair, type ScoreBreakdown } from "./explain";
import { buildJobFeatures } from "./job-features";
import { attachLexicalQuery, buildLexicalIndex, type LexicalJob } from "./lexical";
import { gateJob, type GateKind } from "./prefilter";
import { buildProfileFeatures } from "./profile-features";
import { scorePair, type PairScore } from "./score";
import type { MatchFeedback, MatchJob, MatchProfile } from "./types";

export interface GatedJob<J> {
  job: J;
  gate: GateKind;
  reason: string;
}

export interface ScoredJob<J> {
  job: J;
  score: PairScore;
  /** Present when `explain` was asked for. */
  explanation?: ScoreBreakdown;
}

export interface RankOptions {
  /** Build match factors and reasoning for every scored job (slower). */
  explain?: boolean;
}

/** Gate, score (rules + lexical, IDF from these jobs) and sort one student's candidate jobs: best first, ties by skills then id. */
export function rankJobsForProfile<J extends MatchJob>(
  profile: MatchProfile,
  jobs: readonly J[],
  feedback: MatchFeedback = {},
  options: RankOptions = {},
): { gated: GatedJob<J>[]; scored: ScoredJob<J>[] } {
  const pf = buildProfileFeatures(profile, feedback);
  const jfs = jobs.map(buildJobFeatures);
  attachLexicalQuery(pf, profile, buildLexicalIndex(jobs as readonly (J & LexicalJob)[], jfs));
  const gated: GatedJob<J>[] = [];
  const scored: ScoredJob<J>[] = [];
  for (const [i, job] of jobs.entries()) {
    const jf = jfs[i];
    const gate = gateJob(pf, jf);
    if (gate) {
      gated.push({ job, gate: gate.gate, reason: gate.reason });
      continue;
    }
    const entry: ScoredJob<J> = { job, score: scorePair(pf, jf) };
    if (options.explain) entry.explanation = explainPair(profile, job, pf, jf);
    scored.push(entry);
  }
  scored.sort((a, b) => b.score.compatibility - a.score.compatibility || b.score.skills - a.score.skills || a.job.id - b.job.id);
  return { gated, scored };
}
