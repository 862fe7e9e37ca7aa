/** Per-job and per-profile precomputation: build once, compare many times. */
export { buildJobFeatures, toUsd } from "./job-features";
export { buildProfileFeatures } from "./profile-features";
export type { JobFeatures, MatchFeedback, MatchJob, MatchProfile, ProfileFeatures } from "./types";
