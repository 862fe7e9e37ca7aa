/** Same-origin JSON calls from the browser (the session cookie authenticates them), with the API's one error shape. */

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** Used only when the server's answer has no readable message (offline, a proxy page, a crash). */
function fallbackMessage(status: number): string {
  if (status === 0) return "We couldn't reach JobMatch. Check your connection and try again.";
  if (status === 401) return "Your session has ended. Sign in again, then retry.";
  if (status === 403) return "You don't have access to this.";
  if (status === 404) return "That no longer exists. Reload the page to see the current list.";
  if (status === 429) return "Too many requests right now. Wait a moment and try again.";
  return "Something went wrong on our side. Please try again.";
}

export async function requestJson<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const options: RequestInit = { credentials: "same-origin", ...rest };
  if (json !== undefined) {
    options.headers = { "content-type": "application/json", ...rest.headers };
    options.body = JSON.stringify(json);
  }
  let res: Response;
  try {
    res = await fetch(url, options);
  } catch {
    throw new ApiRequestError(0, "network_error", fallbackMessage(0));
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  throw new ApiRequestError(res.status, error?.code ?? "http_error", error?.message || fallbackMessage(res.status));
}

export function errorMessageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
