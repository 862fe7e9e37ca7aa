import { describe, expect, it } from "vitest";
import { costUsd, priceFor } from "./pricing";

describe("costUsd", () => {
  const cases: Array<[string, number, number, number, number]> = [
    // model, in, cached, out, expected USD
    ["gpt-4o-mini", 1_000_000, 0, 0, 0.15],
    ["gpt-4o-mini", 1_000_000, 1_000_000, 0, 0.075],
    ["gpt-4o-mini", 0, 0, 1_000_000, 0.6],
    ["gpt-4o-mini", 2000, 1000, 500, (1000 * 0.15 + 1000 * 0.075 + 500 * 0.6) / 1e6],
    ["gpt-4o-mini-2024-07-18", 1_000_000, 0, 0, 0.15],
    ["gpt-4o", 1_000_000, 0, 1_000_000, 12.5],
    ["gpt-4.1-mini", 1_000_000, 500_000, 0, 0.25],
    ["gpt-4.1-nano", 0, 0, 1_000_000, 0.4],
    ["some-local-model", 1_000_000, 0, 0, 0.15],
    ["gpt-4o-mini", 100, 500, 0, (100 * 0.075) / 1e6], // cached can't exceed input
  ];
  it.each(cases)("%s in=%i cached=%i out=%i → $%f", (model, tokensIn, tokensCached, tokensOut, expected) => {
    expect(costUsd({ model, tokensIn, tokensCached, tokensOut })).toBeCloseTo(expected, 9);
  });

  it("prices a dated gpt-4o-mini snapshot as gpt-4o-mini, not gpt-4o", () => {
    expect(priceFor("gpt-4o-mini-2024-07-18")).toEqual({ price: { input: 0.15, cachedInput: 0.075, output: 0.6 }, known: true });
    expect(priceFor("llama3").known).toBe(false);
  });
});
