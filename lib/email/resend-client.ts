import { Resend } from "resend";
import { getEnv } from "@/lib/env";

/** A Resend client for the configured key (the SDK reads RESEND_BASE_URL itself). Cheap: made per call. */
export function getResendClient(): Resend {
  const env = getEnv();
  return new Resend(env.RESEND_API_KEY ?? "re_not_configured", env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
}
