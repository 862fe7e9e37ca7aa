/**
 * Rules matching for one student: hard gates, then a 0–100 score with its
 * breakdown. Build features once per job and once per student, then call
 * gateJob / scorePair per pair; explainPair only for pairs that will be stored.
 */
export { MATCHING_CONFIG } from "./config";
export { buildJobFeatures, buildProfileFeatures } from "./features";
export { gateJob, GATES, softGatePenalty, type GateKind, type GateResult } from "./prefilter";
export { newPairScore, scorePair, type PairScore } from "./score";
export { explainPair, type ScoreBreakdown } from "./explain";
export { attachJobVectors, attachLexicalQuery, buildLexicalIndex, lexicalSimilarity, type LexicalIndex } from "./lexical";
export { selectRowsToStore, storeFloor } from "./listing";
export { rankJobsForProfile, type GatedJob, type RankOptions, type ScoredJob } from "./rank";
export type { JobFeatures, MatchFeedback, MatchJob, MatchProfile, ProfileFeatures } from "./types";
