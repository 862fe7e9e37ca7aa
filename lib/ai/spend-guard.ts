import { listAdminEmails } from "@/db/queries/users";
import { sendEmail } from "@/lib/email/send";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";
import { getAiBudgets, getAiSpendToday, utcDayStart } from "./budget";

export type SpendState = "ok" | "warning" | "stopped";
export type SpendStatus = { today_usd: number; budget_usd: number; ratio: number; state: SpendState };

/** At 80 % of a daily budget the admins are warned; at 100 % model calls stop for the day. */
export const SPEND_WARNING_RATIO = 0.8;

function statusOf(todayUsd: number, budgetUsd: number): SpendStatus {
  // A budget of 0 means "no AI": stopped from the first cent (as isOverAiBudget decides).
  const ratio = budgetUsd > 0 ? todayUsd / budgetUsd : 1;
  const state: SpendState = todayUsd >= budgetUsd ? "stopped" : ratio >= SPEND_WARNING_RATIO ? "warning" : "ok";
  return { today_usd: todayUsd, budget_usd: budgetUsd, ratio, state };
}

/**
 * Today's spend (UTC day) against AI_DAILY_BUDGET_USD, or with `userId`
 * against AI_USER_DAILY_BUDGET_USD for that user. Reads the same ledger and
 * thresholds as isOverAiBudget, so "stopped" here means the AI paths fall back.
 */
export async function getSpendStatus(now: Date = new Date(), userId?: string): Promise<SpendStatus> {
  const budgets = getAiBudgets();
  const today = await getAiSpendToday(now, userId);
  return statusOf(today, userId === undefined ? budgets.global : budgets.perUser);
}

export function spendAlertKey(date: string, recipient: string): string {
  return `alert/ai-budget-80/${date}/${recipient}`;
}

/** Accounts with role admin plus ADMIN_EMAILS, lower-cased, once each. */
async function listAlertRecipients(): Promise<string[]> {
  const fromAccounts = await listAdminEmails();
  return [...new Set([...fromAccounts, ...getEnv().ADMIN_EMAILS].map((e) => e.toLowerCase()))].sort();
}

/**
 * When today's global spend has reached 80 % of the budget, email every admin
 * once for the day. Safe to call after every model call: the outbox key
 * `alert/ai-budget-80/{date}/{admin}` makes every further call a no-op, and
 * below 80 % it is one indexed sum. Returns how many alerts went out now.
 */
export async function checkSpendAlert(now: Date = new Date()): Promise<{ status: SpendStatus; sent: number }> {
  const status = await getSpendStatus(now);
  if (status.state === "ok" || status.budget_usd <= 0) return { status, sent: 0 };
  const date = utcDayStart(now).toISOString().slice(0, 10);
  const recipients = await listAlertRecipients();
  if (!recipients.length) return { status, sent: 0 };

  const { render, toPlainText } = await import("@react-email/render");
  const { createElement } = await import("react");
  const { default: BudgetAlertEmail } = await import("@/emails/budget-alert");
  const html = await render(
    createElement(BudgetAlertEmail, { date, spentUsd: status.today_usd, budgetUsd: status.budget_usd, metricsUrl: `${getEnv().APP_URL}/admin/metrics` }),
  );
  const pct = Math.round(status.ratio * 100);
  let sent = 0;
  for (const to of recipients) {
    const result = await sendEmail({
      kind: "alert",
      userId: null,
      to,
      subject: `JobMatch: AI spend at ${pct}% of today's budget`,
      html,
      text: toPlainText(html),
      idempotencyKey: spendAlertKey(date, to),
    });
    if (!result.alreadySent) sent++;
  }
  if (sent) log.warn({ date, todayUsd: status.today_usd, budgetUsd: status.budget_usd, recipients: recipients.length }, "AI budget alert sent");
  return { status, sent };
}
