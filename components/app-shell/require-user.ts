import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentUser, type Caller } from "@/lib/session";

/** One session lookup per request, shared by the app and admin layouts. */
const getUserOnce = cache(getCurrentUser);

/**
 * The signed-in user, or a redirect to /sign-in. Layouts cannot see the URL,
 * so `?next=` comes from an `x-pathname` request header when the proxy sets one.
 */
export async function requireUser(): Promise<Caller> {
  const user = await getUserOnce();
  if (user) return user;
  const path = (await headers()).get("x-pathname");
  const next = path && path.startsWith("/") && !path.startsWith("//") ? `?next=${encodeURIComponent(path)}` : "";
  redirect(`/sign-in${next}`);
}
