"use client";
import { apiKeyClient } from "@better-auth/api-key/client";
import { adminClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** The browser side of better-auth: same-origin, so no baseURL is needed. */
export const authClient = createAuthClient({ plugins: [adminClient(), apiKeyClient()] });
export const { signIn, signUp, signOut, useSession } = authClient;
