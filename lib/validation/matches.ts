import { z } from "zod";

const queryBool = z.enum(["true", "false", "1", "0"], { error: "must be true or false" }).transform((v) => v === "true" || v === "1");
const intParam = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

// GET /api/v1/profiles/matches/{user_id}?limit=10&min_score=70.0&offset&remote&job_type&include_hidden
export const matchesQuerySchema = z
  .object({
    limit: intParam("limit", 1, 100).default(10),
    offset: intParam("offset", 0, 100_000).default(0),
    /** Defaults to the student's own threshold (min_score_threshold). */
    min_score: z.coerce
      .number({ error: "min_score must be a number" })
      .min(0, "min_score must be between 0 and 100")
      .max(100, "min_score must be between 0 and 100")
      .optional(),
    remote: queryBool.optional(),
    job_type: z.enum(["full-time", "part-time", "contract", "internship"]).optional(),
    include_hidden: queryBool.default(false),
  })
  .strict();
export type MatchesQuery = z.infer<typeof matchesQuerySchema>;

// POST /api/v1/profiles/score-jobs/{user_id}?job_limit=50&days_back=1
export const scoreJobsQuerySchema = z
  .object({
    job_limit: intParam("job_limit", 1, 2000).default(50),
    days_back: intParam("days_back", 1, 60).default(1),
  })
  .strict();
export type ScoreJobsQuery = z.infer<typeof scoreJobsQuerySchema>;

export const FEEDBACK_REASONS = ["too_senior", "wrong_location", "not_my_field", "salary", "company", "other"] as const;

// POST /api/v1/profiles/matches/{user_id}/{job_id}/feedback
export const feedbackBodySchema = z
  .object({
    feedback: z.enum(["interested", "not_interested", "applied"]),
    reason: z.enum(FEEDBACK_REASONS).optional(),
  })
  .strict()
  .refine((b) => b.feedback === "not_interested" || b.reason === undefined, {
    message: "reason is only for not_interested",
    path: ["reason"],
  });
export type FeedbackBody = z.infer<typeof feedbackBodySchema>;

export const jobIdParamSchema = z.coerce
  .number({ error: "job_id must be a number" })
  .int("job_id must be a whole number")
  .positive("job_id must be positive");
