import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Resend API on 127.0.0.1 speaking `POST /emails` with Idempotency-Key
 * semantics: a key seen before answers the first result again and delivers
 * nothing new. Tests script failures: a 429 with Retry-After, a 500, or a
 * hang (the email is accepted, the answer never comes: a timeout mid-send).
 */
export type ResendScript = { status: 429 | 500 | 422; retryAfter?: string } | { hang: true };

export type ResendRequest = { idempotencyKey: string | undefined; authorization: string | undefined; body: Record<string, unknown> };

export interface FakeResend {
  baseUrl: string;
  requests: ResendRequest[];
  /** Emails really accepted (one per idempotency key). */
  delivered: { id: string; key: string | undefined; body: Record<string, unknown> }[];
  script: (...steps: ResendScript[]) => void;
  reset: () => void;
  close: () => Promise<void>;
}

export async function startFakeResend(): Promise<FakeResend> {
  const requests: ResendRequest[] = [];
  const delivered: FakeResend["delivered"] = [];
  const byKey = new Map<string, string>();
  let steps: ResendScript[] = [];
  const hanging = new Set<ServerResponse>();

  const readJson = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
  };
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || req.url !== "/emails") return send(res, 404, { statusCode: 404, name: "not_found", message: "Not found" });
    const body = await readJson(req);
    const key = req.headers["idempotency-key"] as string | undefined;
    requests.push({ idempotencyKey: key, authorization: req.headers.authorization, body });
    const step = steps.shift();
    if (step && "status" in step) {
      const name = step.status === 429 ? "rate_limit_exceeded" : step.status === 422 ? "validation_error" : "internal_server_error";
      return send(res, step.status, { statusCode: step.status, name, message: `scripted ${step.status}` }, step.retryAfter ? { "retry-after": step.retryAfter } : {});
    }
    let id = key ? byKey.get(key) : undefined;
    if (!id) {
      id = randomUUID();
      if (key) byKey.set(key, id);
      delivered.push({ id, key, body });
    }
    if (step && "hang" in step) {
      hanging.add(res);
      return;
    }
    send(res, 200, { id });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    script: (...s) => steps.push(...s),
    reset: () => {
      requests.length = 0;
      delivered.length = 0;
      byKey.clear();
      steps = [];
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
