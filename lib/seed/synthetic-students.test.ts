import { describe, expect, it, vi } from "vitest";

const upserted: string[] = [];
vi.mock("@/db/queries/profiles", () => ({
  upsertProfile: vi.fn(async (values: { user_id: string }) => {
    if (values.user_id === "t-0002") throw new Error("connection reset");
    upserted.push(values.user_id);
    return values;
  }),
}));
vi.mock("@/lib/crypto", () => ({ encryptField: (v: unknown) => v }));

const { seedSyntheticStudents } = await import("./synthetic-students");

describe("seedSyntheticStudents", () => {
  it("records a failed student and carries on with the rest", async () => {
    const result = await seedSyntheticStudents(4, { prefix: "t" });
    expect(result.seeded).toEqual(["t-0001", "t-0003", "t-0004"]);
    expect(result.failed).toEqual([{ user_id: "t-0002", error: "connection reset" }]);
    expect(upserted).toEqual(["t-0001", "t-0003", "t-0004"]);
  });
});
