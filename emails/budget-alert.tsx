import { Heading, Link, Text } from "@react-email/components";
import { EmailShell } from "./components/email-shell";
import { colors } from "./components/theme";

export type BudgetAlertEmailProps = { date: string; spentUsd: number; budgetUsd: number; metricsUrl: string };

const usd = (n: number) => `$${n.toFixed(2)}`;

/** To the admins, once per UTC day, when today's OpenAI spend reaches 80 % of AI_DAILY_BUDGET_USD. */
export default function BudgetAlertEmail({ date, spentUsd, budgetUsd, metricsUrl }: BudgetAlertEmailProps) {
  const pct = budgetUsd > 0 ? Math.round((spentUsd / budgetUsd) * 100) : 100;
  const text = { margin: "0 4px 12px", fontSize: 15, lineHeight: "23px", color: colors.ink };
  return (
    <EmailShell preview={`AI spend is at ${pct}% of today's budget.`}>
      <Heading as="h1" className="jm-ink" style={{ margin: "0 4px 8px", fontSize: 22, color: colors.ink }}>
        AI spend at {pct}% of today&apos;s budget
      </Heading>
      <Text className="jm-ink" style={text}>
        On {date} (UTC) JobMatch has spent {usd(spentUsd)} of its {usd(budgetUsd)} daily OpenAI budget (AI_DAILY_BUDGET_USD).
      </Text>
      <Text className="jm-ink" style={text}>
        At 100 % model calls stop until midnight UTC: resumes are parsed locally and matches are scored by the rules scorer, so
        students still get results. Raise the budget or wait for tomorrow.
      </Text>
      <Text className="jm-ink" style={text}>
        <Link className="jm-link" href={metricsUrl} style={{ color: colors.accent }}>
          See cost on the Metrics page
        </Link>
      </Text>
    </EmailShell>
  );
}

BudgetAlertEmail.PreviewProps = {
  date: "2026-03-01",
  spentUsd: 4.12,
  budgetUsd: 5,
  metricsUrl: "http://localhost:3000/admin/metrics",
} satisfies BudgetAlertEmailProps;
