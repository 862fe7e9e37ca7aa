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
 * answer it returns. Answers the job-scoring schema with plausible scores.
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

function answerFor(body: { messages?: Message[] }): string {
  const messages = body.messages ?? [];
  const profile = messages.find((m) => m.content.startsWith("<profile>"))?.content ?? "";
  const last = messages[messages.length - 1]?.content ?? "";
  const ids = [...last.matchAll(/<job id="([\w-]+)">/g)].map((m) => m[1]);
  const scores = ids.map((id) => {
    const h = createHash("sha256").update(`${profile}|${id}`).digest();
    const score = 45 + (h[0] % 50);
    return {
      job_id: id,
      score,
      reasoning: `A ${score >= 75 ? "strong" : "reasonable"} fit: the role asks for skills the student has used in projects and coursework, and the level suits a recent graduate. The location and pay look workable; one listed tool is missing but could be learned quickly on the job.`,
      match_factors: ["Core required skills are on the resume", "Entry-level role that fits a new graduate", "Location matches a preferred city"],
      mismatch_factors: h[1] % 2 ? ["One required tool is not on the resume"] : [],
    };
  });
  return JSON.stringify({ scores });
}

export async function startBillingFake(): Promise<BillingFake> {
  const billing: Billing = { calls: 0, prompt: 0, cached: 0, completion: 0 };
  let prefixes = new Set<string>();

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}`, type: "invalid_request_error" } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
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
    const content = answerFor(body);
    const completion = countTokens(content) + 1;
    billing.calls++;
    billing.prompt += tokens.length;
    billing.cached += cached;
    billing.completion += completion;
    res.writeHead(200, { "content-type": "application/json", "x-request-id": `req_${billing.calls}` });
    res.end(
      JSON.stringify({
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
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    billing,
    evictCache: () => void (prefixes = new Set()),
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
