import { log } from "@/lib/logger";

/** USD per 1M tokens. Cached input is the part of the prompt served from OpenAI's prompt cache. */
export interface ModelPrice {
  input: number;
  cachedInput: number;
  output: number;
}

// https://openai.com/api/pricing (standard tier), checked 2026.
export const MODEL_PRICES: Record<string, ModelPrice> = {
  "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6 },
  "gpt-4o": { input: 2.5, cachedInput: 1.25, output: 10 },
  "gpt-4.1": { input: 2, cachedInput: 0.5, output: 8 },
  "gpt-4.1-mini": { input: 0.4, cachedInput: 0.1, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, cachedInput: 0.025, output: 0.4 },
};
const DEFAULT_MODEL = "gpt-4o-mini";
const warned = new Set<string>();

/** The price row for a model; dated snapshots ("gpt-4o-mini-2024-07-18") use their family's row. */
export function priceFor(model: string): { price: ModelPrice; known: boolean } {
  const exact = MODEL_PRICES[model];
  if (exact) return { price: exact, known: true };
  // Longest family name first, so "gpt-4o-mini-…" is not priced as "gpt-4o".
  const family = Object.keys(MODEL_PRICES)
    .sort((a, b) => b.length - a.length)
    .find((name) => model.startsWith(`${name}-`));
  if (family) return { price: MODEL_PRICES[family], known: true };
  if (!warned.has(model)) {
    warned.add(model);
    log.warn({ model }, `no price for this model: costing it at ${DEFAULT_MODEL} prices`);
  }
  return { price: MODEL_PRICES[DEFAULT_MODEL], known: false };
}

export interface TokenUsage {
  model: string;
  /** All prompt tokens, cached ones included (OpenAI's prompt_tokens). */
  tokensIn: number;
  /** The part of tokensIn billed at the cached rate. */
  tokensCached: number;
  tokensOut: number;
}

export function costUsd({ model, tokensIn, tokensCached, tokensOut }: TokenUsage): number {
  const { price } = priceFor(model);
  const cached = Math.min(Math.max(tokensCached, 0), Math.max(tokensIn, 0));
  const uncached = Math.max(tokensIn, 0) - cached;
  const usd = (uncached * price.input + cached * price.cachedInput + Math.max(tokensOut, 0) * price.output) / 1_000_000;
  return Math.round(usd * 1e9) / 1e9;
}
