import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parsedProfileSchema } from "@/lib/profile/schema";
import { parseResumeLocally } from "@/lib/resume/local-parser";
import { mutate, pathological, prng } from "./prng";

/**
 * The local resume parser on a thousand-odd random and mutated inputs (fixed
 * seed): it never throws, its answer always passes the profile schema, the
 * output stays bounded, and no input takes long (catastrophic regex
 * backtracking shows up as seconds on one input).
 */
const CORPUS = readdirSync("lib/resume/corpus")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(`lib/resume/corpus/${f}`, "utf8"));
const SEED = 20260302;
const INPUTS = 1_200;
// Generous: a normal resume parses in a few ms; backtracking blows past seconds.
const MAX_MS_PER_INPUT = 1_500;

let slowest = { ms: 0, kind: "", length: 0 };
afterAll(() => console.log(`parser fuzz: ${INPUTS} inputs (+ pathological), slowest ${slowest.ms.toFixed(1)} ms (${slowest.kind}, ${slowest.length} chars)`));

function check(text: string, kind: string) {
  const started = performance.now();
  const profile = parseResumeLocally(text);
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, kind, length: text.length };
  expect(ms, `${kind} input of ${text.length} chars took ${ms} ms`).toBeLessThan(MAX_MS_PER_INPUT);
  expect(parsedProfileSchema.safeParse(profile).success).toBe(true);
  // Entries repeat the lines they came from (descriptions, titles): linear, never more.
  expect(JSON.stringify(profile).length).toBeLessThanOrEqual(4 * text.length + 20_000);
}

describe("parseResumeLocally fuzz (seed 20260302)", () => {
  it("random and mutated corpus resumes: no throw, schema-valid, bounded, fast", () => {
    const rng = prng(SEED);
    for (let k = 0; k < INPUTS; k++) {
      const base = rng.pick(CORPUS);
      const text = k % 3 === 0 ? mutate(rng, mutate(rng, base)) : mutate(rng, base);
      check(text, `mutation #${k}`);
    }
  });

  it("pathological runs for regexes (no terminator, huge repeats)", () => {
    const rng = prng(SEED + 1);
    for (let k = 0; k < 60; k++) check(pathological(rng), `pathological #${k}`);
  });

  // A hang guard, not a speed test: a long run without spaces used to be quadratic in the email/link
  // regexes (40k chars took 5.2 s); at the 50,000-character paste limit it must finish promptly.
  it("a 50,000-character word (the paste limit) parses without a hang", () => {
    const started = performance.now();
    parseResumeLocally("a".repeat(50_000));
    parseResumeLocally("x.".repeat(25_000));
    parseResumeLocally("@a".repeat(25_000));
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("edge inputs", () => {
    for (const text of ["", " ", "\n".repeat(10_000), "\u0000".repeat(100), "\ud800", CORPUS.join("\n").slice(0, 50_000)]) check(text, "edge");
  });
});
