import { countNearMissSkills } from "@/db/queries/digest-content";
import type { UserProfile } from "@/db/schema";
import { skillIdOf } from "@/lib/matching/skill-ids";
import type { SkillRecommendation } from "./types";

const NEAR_MISS_BAND = 20;
const WEAK_SKILLS_SCORE = 60;
const LOOKBACK_DAYS = 30;

function skillKey(name: string): string {
  const id = skillIdOf(name);
  return id >= 0 ? `#${id}` : name.trim().toLowerCase();
}

/** Skills the profile lacks that appear most in jobs the student nearly matched, with how many such jobs list each. */
export async function recommendSkills(profile: UserProfile, now: Date, limit = 5): Promise<SkillRecommendation[]> {
  const have = new Set(
    [...profile.programming_languages, ...profile.frameworks_libraries, ...profile.tools_platforms, ...profile.domain_skills, ...profile.soft_skills].map(skillKey),
  );
  const rows = await countNearMissSkills(profile.user_id, {
    threshold: profile.min_score_threshold,
    band: NEAR_MISS_BAND,
    weakSkills: WEAK_SKILLS_SCORE,
    since: new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000),
  });
  return rows.filter((r) => !have.has(skillKey(r.skill))).slice(0, limit).map((r) => ({ skill: r.skill, jobs: r.jobs }));
}
