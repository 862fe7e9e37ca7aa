import { listDigestCandidates, listSentDigestKeys } from "@/db/queries/digests";
import { type DueDigest, listUsersDueForDigest } from "@/lib/digest/due-users";
import { localTimeIn } from "@/lib/digest/local-time";
import { sendDigestForUser } from "@/lib/digest/send-digest";
import { mapLimited } from "@/lib/jobs/run-limited";

export type SendDigestsCounts = { due: number; sent: number; already_sent: number; all_quiet: number; skipped: number; failed: number };

/**
 * Today's digests: by default for the students whose local hour is their
 * digest hour (the hourly cron); `anyHour` sends every student's digest for
 * their current local date now (the CLI); `userId` just that student.
 * Safe to repeat: one digest per student per local date.
 */
export async function sendDueDigests({
  now = new Date(),
  anyHour = false,
  userId,
  concurrency = 4,
}: { now?: Date; anyHour?: boolean; userId?: string; concurrency?: number } = {}): Promise<SendDigestsCounts> {
  const due = anyHour || userId ? await listTodaysDigests(now, userId) : await listUsersDueForDigest(now);
  const counts: SendDigestsCounts = { due: due.length, sent: 0, already_sent: 0, all_quiet: 0, skipped: 0, failed: 0 };
  const settled = await mapLimited(due, concurrency, (d) => sendDigestForUser(d.user_id, d.date, { now }));
  for (const outcome of settled) {
    if (outcome.status === "rejected") counts.failed += 1;
    else if (outcome.value.status === "sent") counts.sent += 1;
    else if (outcome.value.status === "already_sent") counts.already_sent += 1;
    else if (outcome.value.status === "all_quiet_sent") counts.all_quiet += 1;
    else counts.skipped += 1;
  }
  return counts;
}

async function listTodaysDigests(now: Date, userId?: string): Promise<DueDigest[]> {
  const candidates = (await listDigestCandidates()).filter((c) => !userId || c.user_id === userId);
  const due = candidates.map((c) => ({ user_id: c.user_id, date: localTimeIn(now, c.timezone).date }));
  const sent = await listSentDigestKeys([...new Set(due.map((d) => d.user_id))], [...new Set(due.map((d) => d.date))]);
  return due.filter((d) => !sent.has(`${d.user_id}|${d.date}`));
}
