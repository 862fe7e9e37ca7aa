import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { jobListings, type JobScore, jobScores, type NewJobScore, userProfiles } from "@/db/schema";

export type MatchActionValues = Partial<
  Pick<NewJobScore, "user_interested" | "user_applied" | "user_feedback" | "feedback_reason" | "feedback_at" | "hidden">
>;

/**
 * Store a student's feedback on one match. With `rejectCompany`, in the same
 * transaction: the company joins user_profiles.rejected_companies (later runs
 * gate its jobs) and the student's other stored matches at that company are
 * hidden (so it disappears from the list now, not only from new jobs).
 */
export async function saveMatchFeedback(
  userId: string,
  jobId: number,
  values: MatchActionValues,
  rejectCompany?: string | null,
): Promise<{ score: JobScore; hiddenAlso: number } | undefined> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [score] = await tx
      .update(jobScores)
      .set(values)
      .where(and(eq(jobScores.user_id, userId), eq(jobScores.job_id, jobId)))
      .returning();
    if (!score) return undefined;
    let hiddenAlso = 0;
    const company = rejectCompany?.trim();
    if (company) {
      const [profile] = await tx
        .select({ rejected: userProfiles.rejected_companies })
        .from(userProfiles)
        .where(eq(userProfiles.user_id, userId))
        .for("update");
      if (profile && !profile.rejected.some((c) => c.trim().toLowerCase() === company.toLowerCase())) {
        await tx
          .update(userProfiles)
          .set({ rejected_companies: [...profile.rejected, company], updated_at: new Date() })
          .where(eq(userProfiles.user_id, userId));
      }
      const sameCompany = tx
        .select({ id: jobListings.id })
        .from(jobListings)
        .where(sql`lower(trim(${jobListings.company})) = ${company.toLowerCase()}`);
      const hidden = await tx
        .update(jobScores)
        .set({ hidden: true })
        .where(and(eq(jobScores.user_id, userId), ne(jobScores.job_id, jobId), eq(jobScores.hidden, false), inArray(jobScores.job_id, sameCompany)))
        .returning({ id: jobScores.id });
      hiddenAlso = hidden.length;
    }
    return { score, hiddenAlso };
  });
}
