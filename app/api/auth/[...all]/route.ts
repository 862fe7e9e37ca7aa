import { getAuth } from "@/lib/auth";

// /api/auth/* – better-auth: sign up, sign in, sign out, sessions, API keys
async function handle(req: Request) {
  const auth = await getAuth();
  return auth.handler(req);
}

export const GET = handle;
export const POST = handle;
