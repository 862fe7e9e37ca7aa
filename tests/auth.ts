import { getAuth } from "@/lib/auth";

/** Sign a user up through better-auth and return the session cookie header. */
export async function signUpAndGetCookie(email: string, password = "correct-horse-battery", name = "Test User") {
  const auth = await getAuth();
  const res = await auth.api.signUpEmail({ body: { email, password, name }, asResponse: true });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const setCookie = res.headers.getSetCookie();
  const cookie = setCookie.map((c) => c.split(";")[0]).join("; ");
  const body = (await res.json()) as { user: { id: string } };
  return { cookie, userId: body.user.id };
}

export function requestWith(url: string, init: RequestInit & { cookie?: string; apiKey?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.apiKey) headers.set("authorization", `Bearer ${init.apiKey}`);
  return new Request(new URL(url, "http://localhost:3000"), { ...init, headers });
}

export function routeContext(params: Record<string, string>) {
  return { params: Promise.resolve(params) };
}
