import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDb, testDriver } from "@/tests/db";
import { dailyDigests, jobListings, jobScores, userProfiles } from "./schema";

describe(`schema on ${testDriver}`, () => {
  it("applies migrations and enforces the idempotency keys", async () => {
    const { db, close } = await createTestDb();
    try {
      const [profile] = await db.insert(userProfiles).values({ user_id: "u1", full_name: "Ada" }).returning();
      expect(profile.years_of_experience).toBe(0);
      expect(profile.programming_languages).toEqual([]);
      expect(profile.timezone).toBe("UTC");

      const [job] = await db
        .insert(jobListings)
        .values({ dedupe_key: "acme|engineer|remote", title: "Engineer", company: "Acme" })
        .returning();
      await db.insert(jobScores).values({ user_id: "u1", job_id: job.id, compatibility_score: 80 });
      await expect(
        db.insert(jobScores).values({ user_id: "u1", job_id: job.id, compatibility_score: 70 }),
      ).rejects.toThrow();
      await expect(db.insert(jobListings).values({ dedupe_key: "acme|engineer|remote", title: "x" })).rejects.toThrow();

      await db.insert(dailyDigests).values({ user_id: "u1", digest_date: "2026-11-26" });
      await expect(db.insert(dailyDigests).values({ user_id: "u1", digest_date: "2026-11-26" })).rejects.toThrow();

      // Deleting a profile removes everything derived from it.
      await db.delete(userProfiles).where(eq(userProfiles.user_id, "u1"));
      const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(jobScores);
      expect(n).toBe(0);
      const digests = await db.select().from(dailyDigests);
      expect(digests).toHaveLength(0);
    } finally {
      await close();
    }
  });
});
