import { describe, expect, it } from "vitest";
import { windowLexicalIndex } from "@/lib/matching/lexical-window";
import { testDriver, useTestDb } from "@/tests/db";
import { insertJobs, jobRow } from "@/tests/matching-seed";

useTestDb();

const NOW = new Date();
const since = new Date(NOW.getTime() - 86_400_000);

describe(`the window's lexical index (${testDriver})`, () => {
  it("is built once per window and reused until a job arrives; IDF covers every job in the window", async () => {
    const [a, b] = await insertJobs([
      jobRow({ title: "Process Engineer", description: "Aspen HYSYS simulation, P&IDs and mass balances." }, NOW),
      jobRow({ title: "Data Analyst", description: "SQL dashboards for the operations team." }, NOW),
    ]);
    const first = await windowLexicalIndex(since);
    expect(await windowLexicalIndex(since)).toBe(first);
    expect([...first.vectors.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(first.vocab.has("hysy") || first.vocab.has("hysys")).toBe(true);

    const [c] = await insertJobs([jobRow({ title: "Registered Nurse", description: "Med/surg unit, BLS required." }, NOW)]);
    const second = await windowLexicalIndex(since);
    expect(second).not.toBe(first);
    expect(second.id).not.toBe(first.id);
    expect(second.vectors.has(c.id)).toBe(true);
  });

  it("leaves out jobs fetched before the window", async () => {
    const [old] = await insertJobs([jobRow({ title: "Forklift Operator", description: "Warehouse forklift work." }, NOW, 24 * 10)]);
    const index = await windowLexicalIndex(since);
    expect(index.vectors.has(old.id)).toBe(false);
    expect(index.vocab.has("forklift")).toBe(false);
  });
});
