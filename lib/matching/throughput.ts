import { CORPUS_PROFILES } from "./corpus/profiles";
import type { CorpusJob } from "./corpus/jobs";
import { buildJobFeatures, buildProfileFeatures } from "./features";
import { attachLexicalQuery, buildLexicalIndex } from "./lexical";
import { gateJob } from "./prefilter";
import { newPairScore, scorePair } from "./score";
import type { JobFeatures, ProfileFeatures } from "./types";

export interface ThroughputResult {
  profiles: number;
  jobs: number;
  pairs: number;
  gated: number;
  buildMs: number;
  pairMs: number;
  pairsPerSecond: number;
}

/**
 * Informal throughput of filter + rules scoring (the bench issue measures it
 * properly): `profiles` students cycled from the corpus with varied years and
 * salary, × `jobs` jobs cycled from the corpus with fresh ids; one thread.
 * `lexical: false` times the rules alone (no TF-IDF index or queries).
 */
export function measureThroughput(corpusJobs: readonly CorpusJob[], profiles = 200, jobs = 2000, { lexical = true } = {}): ThroughputResult {
  const started = performance.now();
  const rows: CorpusJob[] = [];
  for (let i = 0; i < jobs; i++) rows.push({ ...corpusJobs[i % corpusJobs.length], id: i + 1 });
  const jfs: JobFeatures[] = rows.map(buildJobFeatures);
  const index = lexical ? buildLexicalIndex(rows, jfs) : null;
  const pfs: ProfileFeatures[] = [];
  for (let i = 0; i < profiles; i++) {
    const base = CORPUS_PROFILES[i % CORPUS_PROFILES.length];
    const profile = { ...base, user_id: `${base.user_id}-${i}`, years_of_experience: (i % 7) * 0.5 };
    const pf = buildProfileFeatures(profile);
    if (index) attachLexicalQuery(pf, profile, index);
    pfs.push(pf);
  }
  const built = performance.now();
  const out = newPairScore();
  let gated = 0;
  let checksum = 0;
  for (const pf of pfs) {
    for (const jf of jfs) {
      if (gateJob(pf, jf)) gated++;
      else checksum += scorePair(pf, jf, out).compatibility;
    }
  }
  const done = performance.now();
  if (!Number.isFinite(checksum)) throw new Error("non-finite score");
  const pairs = profiles * jobs;
  return { profiles, jobs, pairs, gated, buildMs: built - started, pairMs: done - built, pairsPerSecond: pairs / ((done - built) / 1000) };
}
