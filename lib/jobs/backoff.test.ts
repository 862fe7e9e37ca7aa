import { describe, expect, it } from "vitest";
import { nextFetchAt } from "./backoff";
import { mapLimited } from "./run-limited";

const NOW = new Date("2025-06-01T00:00:00Z");
const minutesAfter = (d: Date) => (d.getTime() - NOW.getTime()) / 60_000;

describe("nextFetchAt", () => {
  it.each([[0, 60], [1, 120], [2, 240], [4, 960], [5, 1440], [50, 1440]])("%i failures → %i min", (failures, minutes) => {
    expect(minutesAfter(nextFetchAt({ now: NOW, consecutiveFailures: failures, jitter: 0 }))).toBe(minutes);
  });

  it("spreads retries by ±jitter", () => {
    expect(minutesAfter(nextFetchAt({ now: NOW, consecutiveFailures: 0, jitter: 0.1, random: () => 1 }))).toBe(66);
    expect(minutesAfter(nextFetchAt({ now: NOW, consecutiveFailures: 0, jitter: 0.1, random: () => 0 }))).toBe(54);
  });
});

describe("mapLimited", () => {
  it("keeps at most `limit` calls in flight and returns settled results in order", async () => {
    let active = 0;
    let peak = 0;
    const results = await mapLimited([1, 2, 3, 4, 5, 6], 2, async (n) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      if (n === 3) throw new Error("three");
      return n * 10;
    });
    expect(peak).toBe(2);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual([10, 20, "three", 40, 50, 60]);
  });
});
