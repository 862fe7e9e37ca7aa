"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getCurrentUser } from "@/lib/session";
import { describeZodError } from "@/lib/errors";
import { updateDigestSettings } from "@/lib/digest/settings";
import { digestSettingsBodySchema, type SaveDigestSettingsState } from "@/lib/validation/digests";

export async function saveDigestSettings(_prev: SaveDigestSettingsState, form: FormData): Promise<SaveDigestSettingsState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session ended. Sign in again." };
  try {
    const body = digestSettingsBodySchema.parse({
      digest_enabled: form.get("digest_enabled") === "on",
      digest_hour: Number(form.get("digest_hour")),
      timezone: String(form.get("timezone") ?? ""),
      min_score_threshold: Number(form.get("min_score_threshold")),
      digest_frequency: String(form.get("digest_frequency") ?? ""),
    });
    await updateDigestSettings(user.userId, body);
  } catch (err) {
    if (!(err instanceof ZodError)) throw err;
    const fields = Object.fromEntries(err.issues.map((i) => [String(i.path[0] ?? "form"), i.message]));
    return { status: "error", message: describeZodError(err), fields };
  }
  revalidatePath("/settings");
  revalidatePath("/digests");
  return { status: "saved" };
}
