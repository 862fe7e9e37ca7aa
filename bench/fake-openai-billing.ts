import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake OpenAI chat-completions server that bills like the API: prompt
 * tokens by a tokenizer approximation (o200k-style pre-tokenisation, long
 * words split every ~4 chars, 3 tokens per message + 3 to prime the reply,
 * the response_format schema counted as prompt), cached tokens = the longest
 * prefix identical to an earlier request's, counted as OpenAI does (nothing
 * under 1,024 tokens, then in 128-token steps), completion tokens from the
 * answer it returns. Answers the compact job-scoring schema with plausible
 * scores (or graded ones), and speaks the Batch API (files, batches, output).
 */
const PIECE = /'(?:s|t|re|ve|m|ll|d)| ?\p{L}+| ?\p{N}{1,3}| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

/** Approximate tokens of a text, as an array of pieces (what the prefix cache compares). */
export function tokenPieces(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PIECE)) {
    const piece = m[0];
    const letters = piece.trimStart();
    // Common words (with their leading space) are one token; longer or rarer ones split every ~4 chars.
    const n = /^\p{L}+$/u.test(letters) ? (letters.length <= 7 ? 1 : Math.ceil(letters.length / 4)) : /^\p{N}+$/u.test(letters) ? 1 : Math.ceil(piece.length / 2);
    if (n === 1) out.push(piece);
    else for (let k = 0; k < n; k++) out.push(`${piece}#${k}`);
  }
  return out;
}

export const countTokens = (text: string) => tokenPieces(text).length;

const CACHE_MIN = 1024;
const CACHE_STEP = 128;

export type Billing = { calls: number; prompt: number; cached: number; completion: number };

export interface BillingFake {
  baseUrl: string;
  billing: Billing;
  /** OpenAI evicts cached prefixes after 5–10 idle minutes (at most an hour): call between simulated hours. */
  evictCache: () => void;
  /** Answer scores from grades instead of hashes (the ranking eval); undefined restores hashes. */
  setGrader: (grader: Grader | undefined) => void;
  /** Batch API: how many polls a batch stays in progress before it completes (default 0). */
  setBatchLatency: (polls: number) => void;
  reset: () => void;
  close: () => Promise<void>;
}

type Message = { role: string; content: string };

function promptTokens(body: { messages?: Message[]; response_format?: unknown }): string[] {
  const tokens: string[] = [];
  if (body.response_format) tokens.push(...tokenPieces(JSON.stringify(body.response_format)));
  for (const m of body.messages ?? []) tokens.push("<|im_start|>", m.role, "<|sep|>", ...tokenPieces(String(m.content ?? "")));
  tokens.push("<|im_start|>", "assistant", "<|sep|>");
  return tokens;
}

/** A score for (profile text, job id) when the fake should answer like a model that knows the grades; undefined: hash-based. */
export type Grader = (profileText: string, jobId: string) => number | undefined;

const MATCH = ["skills_required", "level_fit", "location_fit"];

function answerFor(body: { messages?: Message[] }, grader: Grader | undefined): string {
  const messages = body.messages ?? [];
  const profile = messages.find((m) => m.content.startsWith("<profile>"))?.content ?? "";
  const profileText = profile.replace(/^<profile>\n/, "").replace(/\n<\/profile>$/, "");
  const last = messages[messages.length - 1]?.content ?? "";
  const ids = [...last.matchAll(/<job id="([\w-]+)">/g)].map((m) => m[1]);
  const scores = ids.map((id) => {
    const h = createHash("sha256").update(`${profile}|${id}`).digest();
    const score = grader?.(profileText, id) ?? 45 + (h[0] % 50);
    return { id, score, match: MATCH.slice(0, 1 + (h[2] % 3)), gaps: h[1] % 2 ? ["skills_partial"] : [] };
  });
  return JSON.stringify({ scores });
}

type Body = { model?: string; messages?: Message[]; response_format?: unknown };

/** The multipart part named "file" of an upload (the SDK's files.create). */
function multipartFile(raw: Buffer, contentType: string): string {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const text = raw.toString("utf8");
  if (!boundary) return text;
  for (const part of text.split(`--${boundary[1] ?? boundary[2]}`)) {
    if (!/name="file"/.test(part)) continue;
    const start = part.indexOf("\r\n\r\n");
    return part.slice(start + 4).replace(/\r\n$/, "");
  }
  return "";
}

export async function startBillingFake(): Promise<BillingFake> {
  const billing: Billing = { calls: 0, prompt: 0, cached: 0, completion: 0 };
  let prefixes = new Set<string>();
  let grader: Grader | undefined;
  let pendingPolls = 0;
  const files = new Map<string, string>();
  type Batch = { id: string; status: string; input_file_id: string; output_file_id: string | null; polls: number; created_at: number };
  const batches = new Map<string, Batch>();

  /** One chat completion billed like the API (prefix cache included). */
  const complete = (body: Body) => {
    const tokens = promptTokens(body);
    // Rolling hash of the prefix; a boundary every 128 tokens from 1,024 on is what the cache can hit.
    const hash = createHash("sha256");
    let cached = 0;
    const boundaries: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      hash.update(tokens[i]).update("\u0001");
      const len = i + 1;
      if (len >= CACHE_MIN && (len - CACHE_MIN) % CACHE_STEP === 0) {
        const key = `${len}:${hash.copy().digest("base64")}`;
        if (prefixes.has(key) && cached === len - (len === CACHE_MIN ? CACHE_MIN : CACHE_STEP)) cached = len;
        boundaries.push(key);
      }
    }
    for (const key of boundaries) prefixes.add(key);
    const content = answerFor(body, grader);
    const completion = countTokens(content) + 1;
    billing.calls++;
    billing.prompt += tokens.length;
    billing.cached += cached;
    billing.completion += completion;
    return {
      id: `chatcmpl-${billing.calls}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: "gpt-4o-mini-2024-07-18",
      choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
      usage: {
        prompt_tokens: tokens.length,
        completion_tokens: completion,
        total_tokens: tokens.length + completion,
        prompt_tokens_details: { cached_tokens: cached, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
      },
      system_fingerprint: "fp_billing_fake",
    };
  };

  const batchJson = (b: Batch) => ({
    id: b.id, object: "batch", endpoint: "/v1/chat/completions", errors: null, input_file_id: b.input_file_id, completion_window: "24h",
    status: b.status, output_file_id: b.output_file_id, error_file_id: null, created_at: b.created_at, request_counts: { total: 0, completed: 0, failed: 0 },
  });

  /** A batch runs when it is first polled after `pendingPolls` polls (the Batch API's latency, compressed). */
  const poll = (b: Batch) => {
    if (b.status !== "in_progress" && b.status !== "validating") return;
    if (b.polls++ < pendingPolls) {
      b.status = "in_progress";
      return;
    }
    const lines = (files.get(b.input_file_id) ?? "").split("\n").filter(Boolean);
    const out = lines.map((line) => {
      const req = JSON.parse(line) as { custom_id: string; body: Body };
      return JSON.stringify({ id: `batch_req_${req.custom_id}`, custom_id: req.custom_id, response: { status_code: 200, request_id: `req_${req.custom_id}`, body: complete(req.body) }, error: null });
    });
    const fileId = `file-out-${files.size + 1}`;
    files.set(fileId, out.join("\n") + "\n");
    b.status = "completed";
    b.output_file_id = fileId;
  };

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const send = (status: number, body: unknown, type = "application/json") => {
      res.writeHead(status, { "content-type": type, "x-request-id": `req_${billing.calls}` });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    const url = req.url ?? "";
    if (req.method === "POST" && url === "/v1/chat/completions") return send(200, complete(JSON.parse(raw.toString("utf8")) as Body));
    if (req.method === "POST" && url === "/v1/files") {
      const id = `file-in-${files.size + 1}`;
      const content = multipartFile(raw, String(req.headers["content-type"] ?? ""));
      files.set(id, content);
      return send(200, { id, object: "file", bytes: Buffer.byteLength(content), created_at: Math.floor(Date.now() / 1000), filename: "input.jsonl", purpose: "batch", status: "processed" });
    }
    const content = /^\/v1\/files\/([\w-]+)\/content$/.exec(url);
    if (req.method === "GET" && content && files.has(content[1])) return send(200, files.get(content[1]), "application/octet-stream");
    if (req.method === "POST" && url === "/v1/batches") {
      const body = JSON.parse(raw.toString("utf8")) as { input_file_id: string };
      if (!files.has(body.input_file_id)) return send(400, { error: { message: "no such file", type: "invalid_request_error" } });
      const b: Batch = { id: `batch_${batches.size + 1}`, status: "validating", input_file_id: body.input_file_id, output_file_id: null, polls: 0, created_at: Math.floor(Date.now() / 1000) };
      batches.set(b.id, b);
      return send(200, batchJson(b));
    }
    const batch = /^\/v1\/batches\/([\w-]+)(\/cancel)?$/.exec(url);
    if (batch && batches.has(batch[1])) {
      const b = batches.get(batch[1])!;
      if (req.method === "POST" && batch[2]) b.status = b.status === "completed" ? b.status : "cancelled";
      else if (req.method === "GET") poll(b);
      return send(200, batchJson(b));
    }
    send(404, { error: { message: `no route ${req.method} ${url}`, type: "invalid_request_error" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    billing,
    evictCache: () => void (prefixes = new Set()),
    setGrader: (g) => void (grader = g),
    setBatchLatency: (polls) => void (pendingPolls = polls),
    reset: () => {
      prefixes = new Set();
      Object.assign(billing, { calls: 0, prompt: 0, cached: 0, completion: 0 });
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
