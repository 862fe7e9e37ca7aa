import { z } from "zod";
import { educationEntrySchema, parsedProfileSchema } from "@/lib/profile/schema";

/**
 * The schema sent to OpenAI as a strict response_format. Same fields as
 * parsedProfileSchema, minus number bounds and `.int()` (which render as
 * minimum/maximum keywords that strict mode handles poorly and that are
 * noise for the model). The answer is re-validated against
 * parsedProfileSchema after sanitising, so the bounds still hold.
 */
const year = z.number().describe("a four-digit year");

export const openAiProfileSchema = parsedProfileSchema.extend({
  years_of_experience: z.number().describe("total years of paid work, 0 when none"),
  graduation_years: z.array(year),
  education_entries: z.array(educationEntrySchema.extend({ graduation_year: year.nullable() })),
  salary_range_min: z.number().nullable().describe("yearly amount, only when stated"),
  salary_range_max: z.number().nullable().describe("yearly amount, only when stated"),
});
export type OpenAiProfile = z.infer<typeof openAiProfileSchema>;
