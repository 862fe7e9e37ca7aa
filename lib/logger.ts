import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
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
  "to",
  "*.to",
  "to_address",
  "*.to_address",
];

/**
 * Errors as pino serialises them, less the bound parameters a failed query
 * prints ("Failed query: …\nparams: …"): they can hold a whole batch of rows
 * (match texts, profile fields) and would make one log line megabytes long.
 */
const PARAMS = /\nparams: [^\n]*/g;
const MAX_MESSAGE = 2000;
function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const out = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const key of ["message", "stack"] as const) {
    const value = out[key];
    if (typeof value !== "string") continue;
    const clean = value.replace(PARAMS, "\nparams: [omitted]");
    out[key] = key === "message" && clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE)}… [truncated]` : clean;
  }
  return out;
}

/** Per-request context: every log line written while handling a request carries its id. */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return requestContext.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

const store = globalThis as unknown as { __jobmatchLogger?: Logger; __jobmatchLogDestination?: DestinationStream };

export function getLogger(): Logger {
  if (!store.__jobmatchLogger) {
    let level = "info";
    try {
      level = getEnv().LOG_LEVEL;
    } catch {
      // A bad environment is reported by whoever parses it; keep logging.
    }
    const options = {
      level,
      base: { app: "jobmatch" },
      redact: { paths: REDACT, censor: "[redacted]" },
      serializers: { err: serializeError },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    };
    store.__jobmatchLogger = store.__jobmatchLogDestination ? pino(options, store.__jobmatchLogDestination) : pino(options);
  }
  return store.__jobmatchLogger;
}

/** Tests: send log lines to `destination` (undefined: back to stdout); the level is re-read from LOG_LEVEL. */
export function resetLogger(destination?: DestinationStream): void {
  store.__jobmatchLogger = undefined;
  store.__jobmatchLogDestination = destination;
}

export const log = {
  child: (bindings: Record<string, unknown>) => getLogger().child(bindings),
  debug: (obj: object, msg?: string) => getLogger().debug(obj, msg),
  info: (obj: object, msg?: string) => getLogger().info(obj, msg),
  warn: (obj: object, msg?: string) => getLogger().warn(obj, msg),
  error: (obj: object, msg?: string) => getLogger().error(obj, msg),
};
