import pino, { type Logger } from "pino";
import { getEnv } from "@/lib/env";

/**
 * Structured JSON logs. Secrets, resume text and message bodies are redacted
 * by key wherever they appear; callers should not log them in the first place.
 */
const REDACT = [
  "password",
  "*.password",
  "apiKey",
  "*.apiKey",
  "key",
  "*.key",
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "headers.cookie",
  "*.headers.cookie",
  "cookie",
  "resume_text",
  "*.resume_text",
  "resumeText",
  "*.resumeText",
  "html",
  "*.html",
  "text",
  "*.text",
  "email",
  "*.email",
  "phone",
  "*.phone",
];

const store = globalThis as unknown as { __jobmatchLogger?: Logger };

export function getLogger(): Logger {
  if (!store.__jobmatchLogger) {
    let level = "info";
    try {
      level = getEnv().LOG_LEVEL;
    } catch {
      // A bad environment is reported by whoever parses it; keep logging.
    }
    store.__jobmatchLogger = pino({
      level,
      base: { app: "jobmatch" },
      redact: { paths: REDACT, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    });
  }
  return store.__jobmatchLogger;
}

export const log = {
  child: (bindings: Record<string, unknown>) => getLogger().child(bindings),
  debug: (obj: object, msg?: string) => getLogger().debug(obj, msg),
  info: (obj: object, msg?: string) => getLogger().info(obj, msg),
  warn: (obj: object, msg?: string) => getLogger().warn(obj, msg),
  error: (obj: object, msg?: string) => getLogger().error(obj, msg),
};
