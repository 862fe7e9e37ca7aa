import { Heading, Section, Text } from "@react-email/components";
import type { MarketTrends, SkillRecommendation } from "@/lib/digest/types";
import { colors } from "./theme";

const h2 = { margin: "0 0 8px", fontSize: 16, fontWeight: 600, color: colors.ink } as const;
const p = { margin: "0 0 6px", fontSize: 14, color: colors.ink, lineHeight: "21px" } as const;
const card = { backgroundColor: colors.card, border: `1px solid ${colors.line}`, borderRadius: 8, padding: "16px 20px", marginBottom: 12 } as const;

function change(n: number): string {
  if (n > 0) return `up ${n} from last week`;
  if (n < 0) return `down ${-n} from last week`;
  return "same as last week";
}

const money = (n: number, currency: string) => `${currency} ${Math.round(n / 1000)}k`;

/** What the market did this week in the student's field; every figure comes from job_listings. */
export function TrendsSection({ trends }: { trends: MarketTrends }) {
  if (!trends.jobs_this_week) return null;
  const fieldName = trends.field ? trends.field.replace("_", " ") : "all fields";
  return (
    <Section className="jm-card" style={card}>
      <Heading as="h2" className="jm-ink" style={h2}>
        This week in {fieldName}
      </Heading>
      <Text className="jm-ink" style={p}>
        {trends.jobs_this_week} new postings
        {trends.remote_share.remote_pct !== null ? `, ${trends.remote_share.remote_pct}% of them remote` : ""}.
      </Text>
      {trends.top_skills.length ? (
        <Text className="jm-ink" style={p}>
          Most requested skills:{" "}
          {trends.top_skills.slice(0, 5).map((s, i) => (
            <span key={s.skill}>
              {i ? "; " : ""}
              <strong>{s.skill}</strong> ({s.this_week}, {change(s.change)})
            </span>
          ))}
        </Text>
      ) : null}
      {trends.salary_by_seniority.length ? (
        <Text className="jm-ink" style={p}>
          Salaries stated in the last 30 days:{" "}
          {trends.salary_by_seniority.slice(0, 4).map((s, i) => (
            <span key={`${s.seniority}-${s.currency}`}>
              {i ? "; " : ""}
              {s.seniority} {money(s.min, s.currency)}–{money(s.max, s.currency)} (median {money(s.median, s.currency)}, {s.jobs} jobs)
            </span>
          ))}
        </Text>
      ) : null}
      {trends.top_employers.length ? (
        <Text className="jm-ink" style={p}>
          Hiring most: {trends.top_employers.map((e) => `${e.company} (${e.jobs})`).join(", ")}
        </Text>
      ) : null}
    </Section>
  );
}

/** Skills the student lacks that keep appearing in jobs they nearly matched. */
export function SkillsSection({ skills }: { skills: SkillRecommendation[] }) {
  if (!skills.length) return null;
  return (
    <Section className="jm-card" style={card}>
      <Heading as="h2" className="jm-ink" style={h2}>
        Skills that would open more doors
      </Heading>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {skills.map((s) => (
          <li key={s.skill} className="jm-ink" style={{ fontSize: 14, color: colors.ink, lineHeight: "21px" }}>
            <strong>{s.skill}</strong> — in {s.jobs} job{s.jobs === 1 ? "" : "s"} you nearly matched
          </li>
        ))}
      </ul>
    </Section>
  );
}
