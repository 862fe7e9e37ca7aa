import { ZodError } from "zod";

/** Every error the API returns has one shape: { error: { code, message } }. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_error: 422,
  unprocessable_file: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = ERROR_STATUS[code];
  }
}

export function errorResponse(code: ErrorCode, message: string, init: { details?: unknown; headers?: Record<string, string> } = {}) {
  const body: { error: { code: string; message: string; details?: unknown } } = { error: { code, message } };
  if (init.details !== undefined) body.error.details = init.details;
  return Response.json(body, { status: ERROR_STATUS[code], headers: init.headers });
}

/** "limit: must be at most 100; min_score: ..." — names each bad field. */
export function describeZodError(err: ZodError): string {
  return err.issues
    .map((i) => {
      const where = i.path.length ? i.path.join(".") : "body";
      if (i.code === "unrecognized_keys") {
        const keys = i.keys.map((k) => (i.path.length ? `${i.path.join(".")}.${k}` : k));
        return `unknown field${keys.length > 1 ? "s" : ""}: ${keys.join(", ")}`;
      }
      return `${where}: ${i.message}`;
    })
    .join("; ");
}

/** Map anything thrown in a handler to the one error shape. Unknown errors say nothing internal. */
export function toErrorResponse(err: unknown, log?: (err: unknown) => void): Response {
  if (err instanceof ApiError) return errorResponse(err.code, err.message, { details: err.details, headers: err.headers });
  if (err instanceof ZodError) {
    return errorResponse("validation_error", describeZodError(err), {
      details: err.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  log?.(err);
  return errorResponse("internal_error", "Something went wrong on our side. Please try again.");
}
