import { createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/email/resend-webhook/route";
import { getDb } from "@/db";
import { emailOutbox, userProfiles } from "@/db/schema";
import { listUsersDueForDigest } from "@/lib/digest/due-users";
import { resetEnvCache } from "@/lib/env";
import { seedProfile } from "@/tests/digest-seed";
import { testDriver, useTestDb } from "@/tests/db";

useTestDb();

const SECRET = `whsec_${randomBytes(24).toString("base64")}`;
const saved = process.env.RESEND_WEBHOOK_SECRET;

/** Sign as svix does: HMAC-SHA256 over "{id}.{timestamp}.{body}" with the base64 secret after "whsec_". */
function signed(event: unknown, secret = SECRET, { timestamp = Math.floor(Date.now() / 1000) } = {}) {
  const body = JSON.stringify(event);
  const id = `msg_${randomBytes(6).toString("hex")}`;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return new Request("http://localhost/api/v1/email/resend-webhook", {
    method: "POST",
    headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": `v1,${signature}` },
    body,
  });
}

const event = (type: string, emailId: string, extra: object = {}) => ({
  type,
  created_at: new Date().toISOString(),
  data: { email_id: emailId, created_at: new Date().toISOString(), from: "a@b.c", to: ["x@y.z"], subject: "s", ...extra },
});

async function outbox(userId: string, providerId: string) {
  const [row] = await (await getDb())
    .insert(emailOutbox)
    .values({ user_id: userId, kind: "digest", idempotency_key: `k-${providerId}`, to_address: "x@y.z", from_address: "a@b.c", subject: "s", html: "h", text: "t", provider: "resend", provider_message_id: providerId, status: "sent" })
    .returning();
  return row;
}
const statusOf = async (id: number) => (await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0].status;
const profileOf = async (userId: string) => (await (await getDb()).select().from(userProfiles).where(eq(userProfiles.user_id, userId)))[0];

beforeAll(() => {
  process.env.RESEND_WEBHOOK_SECRET = SECRET;
  resetEnvCache();
});
afterAll(() => {
  if (saved === undefined) delete process.env.RESEND_WEBHOOK_SECRET;
  else process.env.RESEND_WEBHOOK_SECRET = saved;
  resetEnvCache();
});

describe(`POST /api/v1/email/resend-webhook (${testDriver})`, () => {
  it("applies a correctly signed delivered, then bounced event; a bounced student is no longer due", async () => {
    await seedProfile({ user_id: "w1", timezone: "UTC", digest_hour: 7 });
    const msg = await outbox("w1", "re_1");
    const at7 = new Date("2026-11-24T07:10:00Z");
    expect(await listUsersDueForDigest(at7)).toContainEqual({ user_id: "w1", date: "2026-11-24" });

    const delivered = await POST(signed(event("email.delivered", "re_1")));
    expect(delivered.status).toBe(200);
    expect(await delivered.json()).toEqual({ applied: true });
    expect(await statusOf(msg.id)).toBe("delivered");

    const bounced = await POST(signed(event("email.bounced", "re_1", { bounce: { type: "Permanent", subType: "General", message: "no such user" } })));
    expect(bounced.status).toBe(200);
    expect(await statusOf(msg.id)).toBe("bounced");
    expect((await profileOf("w1")).email_status).toBe("bounced");
    expect(await listUsersDueForDigest(at7)).not.toContainEqual(expect.objectContaining({ user_id: "w1" }));

    // A late "delivered" never overwrites the bounce.
    await POST(signed(event("email.delivered", "re_1")));
    expect(await statusOf(msg.id)).toBe("bounced");
  });

  it("records a complaint and stops email to that student", async () => {
    await seedProfile({ user_id: "w2" });
    const msg = await outbox("w2", "re_2");
    expect((await POST(signed(event("email.complained", "re_2")))).status).toBe(200);
    expect(await statusOf(msg.id)).toBe("complained");
    expect((await profileOf("w2")).email_status).toBe("complained");
  });

  it("keeps sending after a transient bounce", async () => {
    await seedProfile({ user_id: "w3" });
    const msg = await outbox("w3", "re_3");
    await POST(signed(event("email.bounced", "re_3", { bounce: { type: "Transient", subType: "MailboxFull", message: "full" } })));
    expect(await statusOf(msg.id)).toBe("bounced");
    expect((await profileOf("w3")).email_status).toBe("active");
  });

  it("refuses a forged, stale or unsigned payload with 401 and changes nothing", async () => {
    await seedProfile({ user_id: "w4" });
    const msg = await outbox("w4", "re_4");
    const forged = await POST(signed(event("email.complained", "re_4"), `whsec_${randomBytes(24).toString("base64")}`));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: { code: "unauthorized", message: "Invalid webhook signature." } });
    const stale = await POST(signed(event("email.complained", "re_4"), SECRET, { timestamp: Math.floor(Date.now() / 1000) - 3600 }));
    expect(stale.status).toBe(401);
    const unsigned = await POST(new Request("http://localhost/x", { method: "POST", body: JSON.stringify(event("email.complained", "re_4")) }));
    expect(unsigned.status).toBe(401);
    // A valid signature over a different body does not carry over.
    const good = signed(event("email.delivered", "re_4"));
    const tampered = new Request(good.url, { method: "POST", headers: good.headers, body: JSON.stringify(event("email.complained", "re_4")) });
    expect((await POST(tampered)).status).toBe(401);
    expect(await statusOf(msg.id)).toBe("sent");
    expect((await profileOf("w4")).email_status).toBe("active");
  });

  it("ignores events for unknown messages and other event types", async () => {
    expect(await (await POST(signed(event("email.delivered", "re_unknown")))).json()).toEqual({ applied: false });
    expect(await (await POST(signed(event("email.opened", "re_1")))).json()).toEqual({ applied: false });
  });
});
