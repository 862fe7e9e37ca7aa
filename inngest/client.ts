import { Inngest } from "inngest";

/**
 * The Inngest client. Keys come from INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY
 * (read by the SDK itself); INNGEST_DEV=1 talks to a local dev server.
 * Creating it opens no connection, so importing it at build time is safe.
 */
export const inngest = new Inngest({ id: "jobmatch" });
