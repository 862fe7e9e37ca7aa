import type { MatchFeedback } from "./types";

/** A feedback row as listFeedbackForUser / listFeedbackForAllUsers return it. */
export interface FeedbackRow {
  job_id: number;
  feedback_reason: string | null;
  hidden: boolean;
  title: string;
  company: string | null;
  field: string | null;
}

/**
 * What a student's earlier feedback means for the next ranking: "company"
 * rejects the company, "not_my_field" pushes similar titles and the field down,
 * each "too_senior" tightens the seniority gate a step, hidden jobs stay hidden.
 * Wrong location, salary and other are stored for the student but do not
 * change the ranking (the profile's preferences already drive those scores).
 */
export function feedbackFromRows(rows: readonly FeedbackRow[]): MatchFeedback {
  const rejectedCompanies: string[] = [];
  const notMyFieldTitles: string[] = [];
  const notMyFieldFields = new Set<string>();
  const hiddenJobIds: number[] = [];
  let tooSeniorCount = 0;
  for (const row of rows) {
    if (row.hidden) hiddenJobIds.push(row.job_id);
    switch (row.feedback_reason) {
      case "company":
        if (row.company) rejectedCompanies.push(row.company);
        break;
      case "not_my_field":
        notMyFieldTitles.push(row.title);
        if (row.field && row.field !== "other") notMyFieldFields.add(row.field);
        break;
      case "too_senior":
        tooSeniorCount++;
        break;
    }
  }
  return { rejectedCompanies, notMyFieldTitles, notMyFieldFields: [...notMyFieldFields], tooSeniorCount, hiddenJobIds };
}

/** Bulk rows (every student) → one MatchFeedback per user_id. */
export function feedbackByUser(rows: readonly (FeedbackRow & { user_id: string })[]): Map<string, MatchFeedback> {
  const grouped = new Map<string, FeedbackRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.user_id);
    if (list) list.push(row);
    else grouped.set(row.user_id, [row]);
  }
  return new Map([...grouped].map(([userId, list]) => [userId, feedbackFromRows(list)]));
}
