import { handleAuthRequest } from "@/lib/auth-http/handle-auth-request";

// /api/auth/* – better-auth: sign up, sign in, sign out, sessions, API keys (plus per-email sign-in limit)
export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
