import { withUser } from "@/lib/api";
import { deleteOwnAccount, signedOutCookies } from "@/lib/account/delete-account";
import { readJsonBody } from "@/lib/http/read-body";
import { deleteAccountBodySchema } from "@/lib/validation/account";

// DELETE /api/v1/account – delete the caller's account and everything derived from it; body {"confirm":"DELETE"} or {"password":…}
export const DELETE = withUser(async ({ caller, req }) => {
  const body = deleteAccountBodySchema.parse(await readJsonBody(req));
  const res = Response.json(await deleteOwnAccount(caller, body));
  for (const cookie of await signedOutCookies()) res.headers.append("Set-Cookie", cookie);
  return res;
});
