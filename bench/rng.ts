import { prng } from "@/tests/fuzz/prng";

/** A seeded PRNG (mulberry32, shared with the fuzz tests): the same seed gives the same synthetic data on every machine. */
export type Rng = {
  next: () => number;
  int: (min: number, maxInclusive: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

export function createRng(seed: number): Rng {
  const { next } = prng(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

export const BENCH_SEED = 20261126;
