import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { authUsers } from "@/db/schema";
import { getAuth } from "@/lib/auth";

export const createAdminArgsSchema = z.object({
  email: z.email("--email must be an email address"),
  password: z.string().min(8, "--password must be at least 8 characters").max(128).optional(),
  name: z.string().min(1).max(100).optional(),
});
export type CreateAdminArgs = z.infer<typeof createAdminArgsSchema>;

/**
 * Make (or promote) an admin account and issue a new API key for it alone.
 * The key is shown once: only its hash is stored.
 */
export async function createAdmin(input: CreateAdminArgs) {
  const args = createAdminArgsSchema.parse(input);
  const email = args.email.toLowerCase();
  const auth = await getAuth();
  const db = await getDb();
  const lines: string[] = [];

  let [user] = await db.select().from(authUsers).where(eq(authUsers.email, email)).limit(1);
  if (!user) {
    const password = args.password ?? randomBytes(12).toString("base64url");
    await auth.api.signUpEmail({ body: { email, password, name: args.name ?? email.split("@")[0] } });
    [user] = await db.select().from(authUsers).where(eq(authUsers.email, email)).limit(1);
    lines.push(`Created admin ${email}.`);
    if (!args.password) lines.push(`Generated password (shown once): ${password}`);
  } else {
    lines.push(`${email} already exists; promoted to admin (password unchanged).`);
  }
  await db.update(authUsers).set({ role: "admin", updatedAt: new Date() }).where(eq(authUsers.id, user.id));

  const created = await auth.api.createApiKey({ body: { userId: user.id, name: "admin-cli" } });
  lines.push(`User id: ${user.id}`);
  lines.push("API key for this admin (shown once; send it as 'Authorization: Bearer <key>'):");
  lines.push(created.key);
  return { userId: user.id, apiKey: created.key, lines };
}
