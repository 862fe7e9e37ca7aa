type AuthError = { message?: string; status?: number; code?: string } | null | undefined;

/** Turns a better-auth `{ error }` into one sentence a student can act on. */
export function authErrorMessage(error: AuthError, action: "sign-in" | "sign-up"): string {
  const code = error?.code ?? "";
  const status = error?.status ?? 0;
  if (code === "INVALID_EMAIL_OR_PASSWORD" || (action === "sign-in" && status === 401)) {
    return "That email and password don't match an account. Check both and try again.";
  }
  if (code.startsWith("USER_ALREADY_EXISTS") || (action === "sign-up" && status === 422)) {
    return "An account with this email already exists. Sign in instead, or use a different email.";
  }
  if (code === "PASSWORD_TOO_SHORT") return "Your password is too short. Use at least 8 characters.";
  if (code === "PASSWORD_TOO_LONG") return "Your password is too long. Use at most 128 characters.";
  if (code === "INVALID_EMAIL") return "That doesn't look like an email address. Check it and try again.";
  if (status === 429) return "Too many attempts in a short time. Wait a minute, then try again.";
  if (status === 0) return "We couldn't reach JobMatch. Check your connection and try again.";
  if (status >= 500) return "Something went wrong on our side. Please try again in a moment.";
  return error?.message || "Something went wrong. Please try again.";
}
