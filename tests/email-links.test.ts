import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as click } from "@/app/api/v1/email/click/[token]/route";
import { GET as open } from "@/app/api/v1/email/open/[token]/route";
import { GET as unsubscribeGet, POST as unsubscribe } from "@/app/api/v1/email/unsubscribe/route";
import { getDb } from "@/db";
import { dailyDigests, jobScores, userProfiles } from "@/db/schema";
import { buildDigest } from "@/lib/digest/build-digest";
import { emailLinks } from "@/lib/email/links";
import { signEmailToken } from "@/lib/email/tokens";
import { resetEnvCache } from "@/lib/env";
import { seedJob, seedProfile, seedScore } from "@/tests/digest-seed";
import { testDriver, useTestDb } from "@/tests/db";
import { setOpenAiEnv } from "@/tests/openai-env";

useTestDb();

const DATE = new Date().toISOString().slice(0, 10);
const savedAppUrl = process.env.APP_URL;
let digestId = 0;
let jobId = 0;
let badJobId = 0;
let restore = () => {};

beforeAll(async () => {
  restore = setOpenAiEnv(null);
  process.env.APP_URL = "http://app.test";
  resetEnvCache();
  await seedProfile({ user_id: "t1" });
  const job = await seedJob({ title: "Tracked Analyst", url: "https://careers.example.com/jobs/42?src=jm", first_seen_at: new Date(Date.now() - 3600_000) });
  const bad = await seedJob({ title: "Odd Link Analyst", url: "javascript:alert(1)", first_seen_at: new Date(Date.now() - 3600_000) });
  jobId = job.id;
  badJobId = bad.id;
  await seedScore({ user_id: "t1", job_id: job.id, compatibility_score: 90 });
  await seedScore({ user_id: "t1", job_id: bad.id, compatibility_score: 80 });
  digestId = (await buildDigest("t1", DATE)).digest.id;
});
afterAll(() => {
  restore();
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
  resetEnvCache();
});

const digestRow = async () => (await (await getDb()).select().from(dailyDigests).where(eq(dailyDigests.id, digestId)))[0];
const ctx = (token: string) => ({ params: Promise.resolve({ token }) });

describe(`open pixel and tracked clicks (${testDriver})`, () => {
  it("answers a no-store 1×1 GIF and marks the digest opened", async () => {
    const url = emailLinks("t1", digestId).openPixel!;
    const res = await open(new Request(url), ctx(url.split("/").pop()!));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/gif");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 6).toString()).toBe("GIF89a");
    const row = await digestRow();
    expect(row.email_opened).toBe(true);
    expect(row.email_opened_at).toBeInstanceOf(Date);
  });

  it("ignores a forged pixel token but still answers the GIF", async () => {
    const forged = signEmailToken({ purpose: "click", userId: "t1", digestId, jobId }); // wrong purpose
    const res = await open(new Request("http://app.test/x"), ctx(forged));
    expect(res.status).toBe(200);
  });

  it("records a click once and redirects to the job's stored URL only", async () => {
    const token = emailLinks("t1", digestId).click(jobId).split("/").pop()!;
    const res = await click(new Request(`http://app.test/api/v1/email/click/${token}?url=https://evil.example`), ctx(token));
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("https://careers.example.com/jobs/42?src=jm");
    await click(new Request("http://app.test/x"), ctx(token));
    const row = await digestRow();
    expect(row.email_clicked).toBe(true);
    expect(row.jobs_clicked).toEqual([jobId]);
    const [score] = await (await getDb()).select().from(jobScores).where(eq(jobScores.job_id, jobId));
    expect(score.clicked_at).toBeInstanceOf(Date);
  });

  it("sends a non-http job URL to the matches page, and refuses a tampered token", async () => {
    const token = emailLinks("t1", digestId).click(badJobId).split("/").pop()!;
    const res = await click(new Request("http://app.test/x"), ctx(token));
    expect(res.headers.get("location")).toBe("http://app.test/matches");
    const tampered = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
    expect((await click(new Request("http://app.test/x"), ctx(tampered))).status).toBe(404);
    expect((await digestRow()).jobs_clicked).toEqual([jobId, badJobId]);
  });
});

describe(`one-click unsubscribe (${testDriver})`, () => {
  const profile = async () => (await (await getDb()).select().from(userProfiles).where(eq(userProfiles.user_id, "t1")))[0];

  it("stops digests at once on a POST with no session, and is idempotent", async () => {
    const url = emailLinks("t1").unsubscribe;
    const post = () =>
      unsubscribe(new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));
    const res = await post();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ unsubscribed: true });
    expect(await profile()).toMatchObject({ digest_enabled: false, email_status: "unsubscribed" });
    expect((await post()).status).toBe(200);
    expect(await profile()).toMatchObject({ digest_enabled: false, email_status: "unsubscribed" });
  });

  it("refuses a forged token and never unsubscribes on GET", async () => {
    const forged = signEmailToken({ purpose: "open", userId: "t1", digestId });
    const res = await unsubscribe(new Request(`http://app.test/api/v1/email/unsubscribe?token=${forged}`, { method: "POST" }));
    expect(res.status).toBe(400);
    const get = await unsubscribeGet(new Request("http://app.test/api/v1/email/unsubscribe?token=abc"));
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe("http://app.test/unsubscribe?token=abc");
  });

  it("answers the confirmation page's form with a redirect", async () => {
    const url = emailLinks("t1").unsubscribe;
    const res = await unsubscribe(new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "from=page" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://app.test/unsubscribe?done=1");
  });
});
