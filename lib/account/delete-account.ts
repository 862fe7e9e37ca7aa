import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { deleteAccountData } from "@/db/queries/account";
import { authAccounts } from "@/db/schema";
import { getAuth } from "@/lib/auth";
import { forgetCachedAuth } from "@/lib/auth-cache";
import { ApiError } from "@/lib/errors";
import type { Caller } from "@/lib/session";
import { DELETE_CONFIRMATION, type DeleteAccountBody } from "@/lib/validation/account";

async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const db = await getDb();
  const [login] = await db
    .select({ hash: authAccounts.password })
    .from(authAccounts)
    .where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, "credential")))
    .limit(1);
  if (!login?.hash) return false;
  const ctx = await (await getAuth()).$context;
  return ctx.password.verify({ hash: login.hash, password });
}

/**
 * Delete the caller's own account. A signed-in browser confirms by typing
 * DELETE; an API key alone is not enough (a leaked key must not erase the
 * account), so key callers send the password.
 */
export async function deleteOwnAccount(caller: Caller, body: DeleteAccountBody) {
  if (body.password !== undefined) {
    if (!(await passwordMatches(caller.userId, body.password))) throw new ApiError("forbidden", "That password is not correct.");
  } else if (caller.via !== "session") {
    throw new ApiError("forbidden", "With an API key, confirm with your account password.");
  } else if (body.confirm !== DELETE_CONFIRMATION) {
    throw new ApiError("validation_error", `confirm: type ${DELETE_CONFIRMATION} to delete your account.`);
  }
  const deleted = await deleteAccountData(caller.userId);
  forgetCachedAuth(); // its sessions and keys are gone: no cached caller may outlive them
  if (!deleted) throw new ApiError("not_found", "No account for this user.");
  return { deleted: true, user_id: caller.userId };
}

/** Set-Cookie values that clear every better-auth cookie on this browser (the session rows are gone already). */
export async function signedOutCookies(): Promise<string[]> {
  const ctx = await (await getAuth()).$context;
  const { sessionToken, sessionData, dontRememberToken } = ctx.authCookies;
  return [sessionToken, sessionData, dontRememberToken].map((cookie) => {
    const secure = cookie.attributes.secure ? "; Secure" : "";
    return `${cookie.name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`;
  });
}
