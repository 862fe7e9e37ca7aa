/**
 * Every knob of the rules matcher in one place.
 *
 * Weights: the original design's 40/30/20/10 (skills / experience / location /
 * salary) with culture folded in at 5 points taken proportionally from the other
 * four (.38/.28/.19/.10/.05). Culture is usually unknown (feeds rarely state
 * company size or industry), so a small weight keeps an unknown from moving the
 * rank while still rewarding a stated preference when the data is there.
 */
export const MATCHING_CONFIG = {
  score_version: "1.0",
  min_score_threshold: 60,
  ai_top_k: 20,
  /**
   * Most new matches stored per student per scoring run (the best by final
   * score). Nobody reads 116 new matches an hour and a digest carries 10; the
   * ones left out stay unscored and compete again next run while in the window.
   */
  max_stored_per_run: 50,
  /**
   * What a scoring run stores besides the matches at the student's threshold.
   * Rows within `near_margin` under it are stored too (a later AI pass may
   * lift them; the daily refinement reads exactly that band), and the best
   * `min_per_run` of each run whatever their score, so a student whose jobs all
   * score under their threshold still sees the closest ones (labelled "below
   * your threshold" on the matches page). The API's default min_score and the
   * digest still only show rows at the threshold.
   */
  listed: { near_margin: 15, min_per_run: 10 },
  max_concurrent_scoring: 5,

  weights: { skills: 0.38, experience: 0.28, location: 0.19, salary: 0.1, culture: 0.05 },

  /**
   * A job outside the student's field must not ride to the top on logistics
   * (right city, right level, fine pay): the weighted total is multiplied by
   * `floor + (1 - floor) * min(1, skills / full)`.
   */
  field_fit: { floor: 0.5, full: 60 },

  skills: {
    /** Share of the skills component that is skill coverage; the rest is role fit (title words, field). */
    coverage_share: 0.65,
    required_weight: 1,
    preferred_weight: 0.45,
    /** Soft skills ("Communication") are on every posting and every resume: they count little. */
    soft_factor: 0.3,
    /** Credit for a related skill (PyTorch for "Deep Learning") instead of the skill itself. */
    related_credit: 0.5,
    /** Score when the posting lists no skills at all: role fit decides alone. */
    unknown_coverage: 0.5,
  },

  /**
   * The lexical signal (lib/matching/lexical.ts): TF-IDF cosine between the
   * student's own words and the posting. Measured on outside data, plain TF-IDF
   * ranked better than the rules' skill coverage + title words: the lexicon
   * misses many fields' vocabulary (supply chain, HR, public health), and a
   * description says more than an extracted skill list. So the skills
   * component becomes `(1 - weight) * rules skills + weight * lexical`, where
   * lexical = 100 * min(1, cosine / full); `full` is about the cosine of a
   * clearly on-field posting (a perfect 1.0 never happens between a resume
   * and an ad). On the tune split NDCG@10 is flat (0.956–0.963) for weight
   * 0.5–0.85 with full 0.2–0.3 and falls off outside; 0.6 leans towards the
   * signal that held up on outside data. The rest of the rules (level, place,
   * pay, gates) still decide between jobs of the right kind.
   */
  lexical: {
    weight: 0.6,
    full: 0.2,
    /** Terms kept per job vector (the heaviest): the pair loop's cost; the tail of a long description adds little. */
    max_job_terms: 64,
    job_title_weight: 3,
    job_skill_weight: 2,
    query: { desired_role: 3, past_title: 1.5, skill: 2, soft_skill: 0.3, skill_word: 0.5, coursework: 1, summary: 1 },
  },

  experience: {
    /**
     * Level fit, rows = career level (student, entry, junior, mid, senior),
     * columns = job seniority (intern, entry, junior, mid, senior, staff, manager).
     */
    level_fit: [
      [100, 90, 60, 25, 5, 0, 0],
      [60, 100, 90, 50, 15, 0, 0],
      [40, 90, 100, 80, 35, 5, 5],
      [20, 60, 85, 100, 80, 40, 40],
      [10, 40, 60, 90, 100, 85, 80],
    ] as const,
    /** Years short of the ask → score (index = whole years short, capped at the last). */
    years_short: [100, 75, 50, 30, 15, 5] as const,
    level_share: 0.6,
    unknown: 70,
    /** Internship vs full-time against the student's job_types, when stated. */
    job_type_mismatch: 0.6,
  },

  location: {
    city: 100,
    region: 85,
    country: 65,
    unknown: 60,
    remote_eligible: 95,
    remote_unscoped: 80,
    /** Multipliers by the student's remote preference. */
    remote_pref_onsite_job: 0.55,
    remote_pref_hybrid_job: 0.8,
    onsite_pref_remote_job: 0.75,
    /** Needs sponsorship there and the posting is silent / says yes. */
    sponsorship_unknown: 0.6,
    sponsorship_yes: 0.95,
  },

  salary: {
    /** Unknown salary on either side is neutral, not zero. */
    neutral: 70,
    /** Below the student's minimum: 100 at the minimum, 0 at this share of it. */
    floor_ratio: 0.6,
  },

  culture: { neutral: 70, match: 100, mismatch: 40 },

  gates: {
    /** Highest job seniority (index into SENIORITY_RANK) allowed per career level before feedback. */
    max_seniority: { student: 4, entry: 4, junior: 4, mid: 6, senior: 6 } as const,
    /** Asked years this far above the student's are "far too senior" whatever the title says. */
    max_years_gap: 6,
    /**
     * Gates that are judgement calls, not facts, became multipliers on the
     * total: measured on outside data they threw away jobs an advisor would
     * show. One seniority level above the allowed maximum (unless the student
     * said "too senior", which keeps the gate tight); a hybrid job in a country
     * the student may work in but did not list. Hard facts stay gates:
     * sponsorship refused, citizenship/clearance, remote restricted elsewhere,
     * closed.
     */
    soft: { one_level_over: 0.7, hybrid_unlisted_country: 0.8 },
  },

  feedback: {
    /** Score multiplier when the title repeats a term from a "not my field" job. */
    not_my_field_title: 0.7,
    /** Field affinity multiplier for a field the student marked "not my field". */
    not_my_field_field: 0.5,
  },

  /**
   * Rough yearly conversion to USD for comparing salaries across currencies.
   * Only ratios matter (a student's range is read in their home currency).
   */
  usd_per_unit: { USD: 1, CAD: 0.73, GBP: 1.27, EUR: 1.08, INR: 0.012, AUD: 0.66, CHF: 1.13, SGD: 0.74, MXN: 0.055, BRL: 0.19, JPY: 0.0067, SEK: 0.095, NOK: 0.093, DKK: 0.145, PLN: 0.25, NZD: 0.6, ILS: 0.27, AED: 0.27 } as Record<string, number>,
} as const;

export type MatchingConfig = typeof MATCHING_CONFIG;
