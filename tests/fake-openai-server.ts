import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake OpenAI API on 127.0.0.1 speaking POST /v1/chat/completions, so the
 * real SDK (pointed at it by OPENAI_BASE_URL) does real HTTP, retries and
 * timeouts. Each test queues the replies it wants and reads back the requests.
 */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is (e.g. a truncated body). */
  body?: unknown;
  /** Wait this long before answering (longer than the client timeout → a timeout). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

export interface FakeOpenAi {
  /** Base URL for OPENAI_BASE_URL (ends in /v1). */
  baseUrl: string;
  requests: RecordedRequest[];
  enqueue: (...replies: FakeReply[]) => void;
  reset: () => void;
  close: () => Promise<void>;
}

export const FAKE_USAGE = { prompt_tokens: 1800, cached_tokens: 1024, completion_tokens: 420 };

/** A chat.completion whose message content is `content` (JSON text for structured outputs). */
export function completionReply(
  content: string | null,
  { model = "gpt-4o-mini-2024-07-18", finishReason = "stop", refusal = null as string | null, usage = FAKE_USAGE } = {},
): FakeReply {
  return {
    body: {
      id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: "assistant", content, refusal }, logprobs: null, finish_reason: finishReason }],
      usage: {
        prompt_tokens: usage.prompt_tokens,
        completion_tokens: usage.completion_tokens,
        total_tokens: usage.prompt_tokens + usage.completion_tokens,
        prompt_tokens_details: { cached_tokens: usage.cached_tokens, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
      },
      system_fingerprint: "fp_fake",
    },
  };
}

export function errorReply(status: number, message: string, headers: Record<string, string> = {}): FakeReply {
  const type = status === 429 ? "rate_limit_exceeded" : status >= 500 ? "server_error" : "invalid_request_error";
  return { status, headers, body: { error: { message, type, param: null, code: type } } };
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const queue: FakeReply[] = [];
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      body = { _unparsable: raw };
    }
    requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });

    const reply: FakeReply =
      req.method === "POST" && req.url === "/v1/chat/completions"
        ? (queue.shift() ?? errorReply(500, "fake server: no scripted reply left"))
        : errorReply(404, `fake server: no route ${req.method} ${req.url}`);
    const send = () => {
      if (res.destroyed) return;
      const payload = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", "x-request-id": `req_${requests.length}`, ...reply.headers });
      res.end(payload);
    };
    if (reply.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, reply.delayMs);
      timers.add(timer);
    } else send();
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
