import { upsertProfile } from "@/db/queries/profiles";
import { encryptField } from "@/lib/crypto";
import { loadCorpus } from "@/lib/resume/corpus";
import { parseResumeLocally } from "@/lib/resume/local-parser";

/**
 * Demo and benchmark students: the bundled resume corpus parsed by the local
 * parser, cycled with distinct ids, emails and digest settings. Idempotent per
 * id (re-seeding updates the same rows). They have no login: admins see them
 * on the Users page, and the pipeline scores and emails them like anyone else.
 */
export async function seedSyntheticStudents(count: number, { prefix = "demo-student" } = {}): Promise<string[]> {
  const corpus = loadCorpus().filter((c) => c.format === "text" || c.format === "pdf" || c.format === "docx");
  const parsed = corpus.map((c) => parseResumeLocally(c.source));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const profile = parsed[i % parsed.length];
    const userId = `${prefix}-${String(i + 1).padStart(4, "0")}`;
    await upsertProfile({
      ...profile,
      user_id: userId,
      full_name: profile.full_name ? `${profile.full_name} ${i + 1}` : `Student ${i + 1}`,
      email: encryptField(`${userId}@example.test`),
      phone: encryptField(profile.phone),
      last_resume_upload: new Date(),
      parse_method: "local",
    });
    ids.push(userId);
  }
  return ids;
}
