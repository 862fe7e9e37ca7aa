import { MATCHING_CONFIG } from "./config";
import { confidenceOf, cultureScore, experienceScore, locationScore, salaryScore, skillsScore } from "./components";
import { lexicalSimilarity } from "./lexical";
import { softGatePenalty } from "./prefilter";
import type { JobFeatures, ProfileFeatures } from "./types";

/** One pair's numbers; the pipeline stores these as job_scores columns. */
export interface PairScore {
  compatibility: number;
  confidence: number;
  skills: number;
  experience: number;
  location: number;
  salary: number;
  culture: number;
}

const { weights: W, field_fit: FF, feedback: FB, lexical: LX } = MATCHING_CONFIG;

export function newPairScore(): PairScore {
  return { compatibility: 0, confidence: 0, skills: 0, experience: 0, location: 0, salary: 0, culture: 0 };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The rules score of one (student, job) pair, 0–100, with its breakdown.
 * Pass `out` to reuse one object across a loop (no allocation per pair);
 * copy the numbers out before the next call.
 */
export function scorePair(pf: ProfileFeatures, jf: JobFeatures, out: PairScore = newPairScore()): PairScore {
  let skills = skillsScore(pf, jf);
  const lexical = lexicalSimilarity(pf, jf);
  if (lexical >= 0) skills = (1 - LX.weight) * skills + LX.weight * 100 * Math.min(1, lexical / LX.full);
  const experience = experienceScore(pf, jf);
  const location = locationScore(pf, jf);
  const salary = salaryScore(pf, jf);
  const culture = cultureScore(pf, jf);
  let total = W.skills * skills + W.experience * experience + W.location * location + W.salary * salary + W.culture * culture;
  // Off-field jobs cannot ride to the top on logistics alone.
  total *= FF.floor + (1 - FF.floor) * Math.min(1, skills / FF.full);
  total *= softGatePenalty(pf, jf);
  if (pf.penalisedWords.size) {
    for (let i = 0; i < jf.titleWordKeys.length; i++) {
      if (pf.penalisedWords.has(jf.titleWordKeys[i])) {
        total *= FB.not_my_field_title;
        break;
      }
    }
  }
  out.compatibility = round1(total);
  out.confidence = confidenceOf(pf, jf);
  out.skills = round1(skills);
  out.experience = round1(experience);
  out.location = round1(location);
  out.salary = round1(salary);
  out.culture = round1(culture);
  return out;
}
