import { Link, Section, Text } from "@react-email/components";
import type { DigestJob } from "@/db/schema";
import { colors } from "./theme";

export type EmailJob = DigestJob & { href: string };

/** One match: title, company, location, salary when known, score, two or three reasons, a tracked link. */
export function JobCard({ job }: { job: EmailJob }) {
  const meta = [job.company, job.location, job.salary].filter(Boolean).join(" · ");
  return (
    <Section className="jm-card" style={{ backgroundColor: colors.card, border: `1px solid ${colors.line}`, borderRadius: 8, padding: "16px 20px", marginBottom: 12 }}>
      <Text style={{ margin: 0 }}>
        <span className="jm-score" style={{ display: "inline-block", backgroundColor: colors.accentSoft, color: colors.accent, fontWeight: 700, fontSize: 13, borderRadius: 999, padding: "2px 10px" }}>
          {job.score}% match
        </span>
      </Text>
      <Text className="jm-ink" style={{ margin: "8px 0 2px", fontSize: 17, fontWeight: 600, color: colors.ink, lineHeight: "24px" }}>
        <Link className="jm-link" href={job.href} style={{ color: colors.ink, textDecoration: "none" }}>
          {job.title}
        </Link>
      </Text>
      {meta ? (
        <Text className="jm-muted" style={{ margin: 0, fontSize: 14, color: colors.muted, lineHeight: "20px" }}>
          {meta}
        </Text>
      ) : null}
      {job.reasons.length ? (
        <ul style={{ margin: "10px 0 0", paddingLeft: 18 }}>
          {job.reasons.map((reason) => (
            <li key={reason} className="jm-ink" style={{ fontSize: 14, color: colors.ink, lineHeight: "21px" }}>
              {reason}
            </li>
          ))}
        </ul>
      ) : null}
      <Text style={{ margin: "12px 0 0", fontSize: 14 }}>
        <Link className="jm-link" href={job.href} style={{ color: colors.accent, fontWeight: 600 }}>
          View and apply →
        </Link>
      </Text>
    </Section>
  );
}
