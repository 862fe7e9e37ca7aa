import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { dailyDigests } from "@/db/schema";
import { seedProfile } from "@/tests/digest-seed";
import { testDriver, useTestDb } from "@/tests/db";
import { listUsersDueForDigest } from "./due-users";

useTestDb();

beforeAll(async () => {
  await seedProfile({ user_id: "la", timezone: "America/Los_Angeles" });
  await seedProfile({ user_id: "utc" });
  await seedProfile({ user_id: "tokyo", timezone: "Asia/Tokyo" });
  await seedProfile({ user_id: "la-weekly", timezone: "America/Los_Angeles", digest_frequency: "weekly" });
  await seedProfile({ user_id: "la-9", timezone: "America/Los_Angeles", digest_hour: 9 });
  await seedProfile({ user_id: "la-off", timezone: "America/Los_Angeles", digest_enabled: false });
  await seedProfile({ user_id: "la-unsub", timezone: "America/Los_Angeles", email_status: "unsubscribed" });
  await seedProfile({ user_id: "la-sent", timezone: "America/Los_Angeles" });
  await seedProfile({ user_id: "bad-tz", timezone: "Mars/Olympus" });
  const db = await getDb();
  await db.insert(dailyDigests).values([
    { user_id: "la-sent", digest_date: "2026-11-23", email_sent: true, status: "sent" },
    // Built but not sent (or skipped) does not count as had.
    { user_id: "la", digest_date: "2026-11-23", email_sent: false, status: "skipped" },
  ]);
});

const due = async (iso: string) => (await listUsersDueForDigest(new Date(iso))).sort((a, b) => a.user_id.localeCompare(b.user_id));

describe(`listUsersDueForDigest (${testDriver})`, () => {
  it.each([
    // Monday 23 Nov 2026, 15:00 UTC = 07:00 in Los Angeles (PST) = 00:00 Tuesday in Tokyo
    ["2026-11-23T15:05:00Z", [{ user_id: "la", date: "2026-11-23" }, { user_id: "la-weekly", date: "2026-11-23" }]],
    // 07:00 UTC: the UTC student and the fallback for an invalid zone; 16:00 in Tokyo
    ["2026-11-23T07:00:00Z", [{ user_id: "bad-tz", date: "2026-11-23" }, { user_id: "utc", date: "2026-11-23" }]],
    // 22:00 UTC Monday = 07:00 Tuesday in Tokyo: the local date is Tuesday's
    ["2026-11-23T22:30:00Z", [{ user_id: "tokyo", date: "2026-11-24" }]],
    // Tuesday 07:00 in LA: daily yes, weekly no
    ["2026-11-24T15:00:00Z", [{ user_id: "la", date: "2026-11-24" }, { user_id: "la-sent", date: "2026-11-24" }]],
    // 09:00 in LA
    ["2026-11-23T17:00:00Z", [{ user_id: "la-9", date: "2026-11-23" }]],
    // Summer (PDT, UTC-7): 07:00 local is 14:00 UTC
    ["2026-07-06T14:00:00Z", [{ user_id: "la", date: "2026-07-06" }, { user_id: "la-sent", date: "2026-07-06" }, { user_id: "la-weekly", date: "2026-07-06" }]],
  ])("at %s", async (iso, expected) => {
    expect(await due(iso)).toEqual(expected);
  });
});
