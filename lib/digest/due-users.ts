import { listDigestCandidates, listSentDigestKeys } from "@/db/queries/digests";
import { localTimeIn } from "./local-time";

/** Weekly digests (and the "all quiet" note) go out on this local weekday: Monday. */
export const WEEKLY_DIGEST_WEEKDAY = 1;

export type DueDigest = { user_id: string; date: string };

/**
 * Students whose local hour (profile timezone) is their digest hour now, on
 * their weekday for weekly digests, who can receive email and have not had
 * this local date's digest. `date` is the student's local date: one digest per
 * user per local date.
 */
export async function listUsersDueForDigest(now: Date = new Date()): Promise<DueDigest[]> {
  const due: DueDigest[] = [];
  for (const c of await listDigestCandidates()) {
    const local = localTimeIn(now, c.timezone);
    if (local.hour !== c.digest_hour) continue;
    if (c.digest_frequency === "weekly" && local.weekday !== WEEKLY_DIGEST_WEEKDAY) continue;
    due.push({ user_id: c.user_id, date: local.date });
  }
  const sent = await listSentDigestKeys([...new Set(due.map((d) => d.user_id))], [...new Set(due.map((d) => d.date))]);
  return due.filter((d) => !sent.has(`${d.user_id}|${d.date}`));
}
