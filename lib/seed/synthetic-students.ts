import { upsertProfile } from "@/db/queries/profiles";
import { encryptField } from "@/lib/crypto";
import { log } from "@/lib/logger";
import { loadCorpus } from "@/lib/resume/corpus";
import { parseResumeLocally } from "@/lib/resume/local-parser";

/**
 * Demo and benchmark students: the bundled resume corpus parsed by the local
 * parser, cycled with distinct ids, emails and digest settings. Idempotent per
 * id (re-seeding updates the same rows). They have no login: admins see them
 * on the Users page, and the pipeline scores and emails them like anyone else.
 */
export type SeedResult = { seeded: string[]; failed: Array<{ user_id: string; error: string }> };

/**
 * One student at a time; a failure is recorded and the rest still run (each
 * upsert is idempotent, so re-running retries only what failed). Progress
 * goes to the log every PROGRESS_EVERY students.
 */
export async function seedSyntheticStudents(count: number, { prefix = "demo-student" } = {}): Promise<SeedResult> {
  const corpus = loadCorpus().filter((c) => c.format === "text" || c.format === "pdf" || c.format === "docx");
  const parsed = corpus.map((c) => parseResumeLocally(c.source));
  const result: SeedResult = { seeded: [], failed: [] };
  for (let i = 0; i < count; i++) {
    const profile = parsed[i % parsed.length];
    const userId = `${prefix}-${String(i + 1).padStart(4, "0")}`;
    try {
      await upsertProfile({
        ...profile,
        user_id: userId,
        full_name: profile.full_name ? `${profile.full_name} ${i + 1}` : `Student ${i + 1}`,
        email: encryptField(`${userId}@example.test`),
        phone: encryptField(profile.phone),
        last_resume_upload: new Date(),
        parse_method: "local",
      });
      result.seeded.push(userId);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      result.failed.push({ user_id: userId, error });
      log.warn({ userId, error }, "seeding a student failed; continuing");
    }
    if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < count) log.info({ done: i + 1, of: count, failed: result.failed.length }, "seeding students");
  }
  return result;
}

const PROGRESS_EVERY = 500;
