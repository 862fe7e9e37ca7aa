import { toFile } from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { getOpenAiClient } from "./openai-client";

/** The Batch API bills half the synchronous price (input, cached input and output). */
export const BATCH_PRICE_FACTOR = 0.5;

export type BatchRequest = { custom_id: string; body: ChatCompletionCreateParamsNonStreaming };
export type BatchResult = { custom_id: string; completion?: ChatCompletion; error?: string };
export type BatchState = { status: string; outputFileId: string | null };

/** Uploads the requests as JSONL and starts a 24-hour chat-completions batch. */
export async function submitChatBatch(requests: readonly BatchRequest[]): Promise<{ batchId: string; inputFileId: string }> {
  const client = getOpenAiClient();
  const jsonl = requests.map((r) => JSON.stringify({ custom_id: r.custom_id, method: "POST", url: "/v1/chat/completions", body: r.body })).join("\n");
  const file = await client.files.create({ file: await toFile(Buffer.from(jsonl, "utf8"), "daily-refine.jsonl"), purpose: "batch" });
  const batch = await client.batches.create({ input_file_id: file.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
  return { batchId: batch.id, inputFileId: file.id };
}

export async function retrieveBatch(batchId: string): Promise<BatchState> {
  const b = await getOpenAiClient().batches.retrieve(batchId);
  return { status: b.status, outputFileId: b.output_file_id ?? null };
}

export async function cancelBatch(batchId: string): Promise<void> {
  await getOpenAiClient().batches.cancel(batchId);
}

/** The output file's lines: each request's completion, or why it failed. */
export async function readBatchOutput(fileId: string): Promise<BatchResult[]> {
  const text = await (await getOpenAiClient().files.content(fileId)).text();
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((line) => {
      const row = JSON.parse(line) as { custom_id: string; response?: { status_code: number; body: ChatCompletion }; error?: { message?: string } | null };
      if (row.response && row.response.status_code === 200) return { custom_id: row.custom_id, completion: row.response.body };
      return { custom_id: row.custom_id, error: row.error?.message ?? `status ${row.response?.status_code ?? "unknown"}` };
    });
}
