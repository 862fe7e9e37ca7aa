import { Heading, Link, Section, Text } from "@react-email/components";
import type { MarketTrends, SkillRecommendation } from "@/lib/digest/types";
import { EmailShell } from "./components/email-shell";
import { EmailFooter, type FooterLinks } from "./components/footer";
import { SkillsSection, TrendsSection } from "./components/insights";
import { type EmailJob, JobCard } from "./components/job-card";
import { colors } from "./components/theme";

export type DailyDigestEmailProps = {
  title: string;
  summary: string;
  dateLabel: string;
  jobs: EmailJob[];
  totalMatches: number;
  totalNewJobs: number;
  trends: MarketTrends | null;
  skillRecommendations: SkillRecommendation[];
  links: FooterLinks & { matches: string };
  /** Only in the copy that is emailed; the stored web view has none. */
  openPixelUrl?: string | null;
};

export default function DailyDigestEmail(props: DailyDigestEmailProps) {
  const { title, summary, dateLabel, jobs, totalMatches, trends, skillRecommendations, links, openPixelUrl } = props;
  const more = totalMatches - jobs.length;
  return (
    <EmailShell preview={summary.slice(0, 140)} openPixelUrl={openPixelUrl}>
      <Section style={{ padding: "0 4px 8px" }}>
        <Text className="jm-muted" style={{ margin: 0, fontSize: 13, color: colors.muted }}>
          JobMatch · {dateLabel}
        </Text>
        <Heading as="h1" className="jm-ink" style={{ margin: "6px 0 8px", fontSize: 22, lineHeight: "28px", color: colors.ink }}>
          {title}
        </Heading>
        <Text className="jm-ink" style={{ margin: "0 0 16px", fontSize: 15, lineHeight: "23px", color: colors.ink }}>
          {summary}
        </Text>
      </Section>
      {jobs.map((job) => (
        <JobCard key={job.job_id} job={job} />
      ))}
      {more > 0 ? (
        <Text style={{ fontSize: 14, margin: "4px 4px 16px" }}>
          <Link className="jm-link" href={links.matches} style={{ color: colors.accent, fontWeight: 600 }}>
            See {more} more match{more === 1 ? "" : "es"} in JobMatch →
          </Link>
        </Text>
      ) : null}
      {trends ? <TrendsSection trends={trends} /> : null}
      <SkillsSection skills={skillRecommendations} />
      <EmailFooter links={links} reason="You get this digest because you turned on job digests in JobMatch." />
    </EmailShell>
  );
}

const APP = "http://localhost:3000";

DailyDigestEmail.PreviewProps = {
  title: "4 new matches — top: Junior Data Analyst at Northwind Health (91%)",
  summary:
    "Good morning, Maya. 4 new jobs matched your profile out of 212 new postings; here are the best 3. SQL was the most requested skill in your field this week (38 postings).",
  dateLabel: "Tuesday 24 November",
  totalMatches: 4,
  totalNewJobs: 212,
  jobs: [
    {
      job_id: 101, title: "Junior Data Analyst", company: "Northwind Health", location: "Chicago, IL", salary: "$68k–$80k a year", score: 91,
      reasons: ["You know SQL, Python and Tableau — all three are required", "Entry level, open to new graduates", "In Chicago, where you want to work"],
      url: "https://boards.example.com/northwind/101", href: `${APP}/api/v1/email/click/preview-101`,
    },
    {
      job_id: 102, title: "Analytics Intern (Summer)", company: "Contoso Retail", location: "Remote · United States", salary: null, score: 84,
      reasons: ["Matches your coursework in statistics", "Remote within the US"],
      url: "https://boards.example.com/contoso/102", href: `${APP}/api/v1/email/click/preview-102`,
    },
    {
      job_id: 103, title: "Business Intelligence Associate", company: "Fabrikam", location: "Milwaukee, WI", salary: "from $60k a year", score: 76,
      reasons: ["Power BI and Excel match your experience", "Associate level suits one year of experience"],
      url: "https://boards.example.com/fabrikam/103", href: `${APP}/api/v1/email/click/preview-103`,
    },
  ],
  trends: {
    field: "data",
    window: { this_week_start: "2026-11-17T07:00:00.000Z", last_week_start: "2026-11-10T07:00:00.000Z", until: "2026-11-24T07:00:00.000Z" },
    jobs_this_week: 96,
    top_skills: [
      { skill: "SQL", this_week: 38, last_week: 31, change: 7 },
      { skill: "Python", this_week: 33, last_week: 35, change: -2 },
      { skill: "Tableau", this_week: 14, last_week: 14, change: 0 },
    ],
    remote_share: { total: 96, remote: 27, hybrid: 30, remote_pct: 28 },
    salary_by_seniority: [
      { seniority: "entry", currency: "USD", jobs: 12, min: 55000, max: 85000, median: 70000 },
      { seniority: "junior", currency: "USD", jobs: 9, min: 62000, max: 95000, median: 76000 },
    ],
    top_employers: [{ company: "Northwind Health", jobs: 6 }, { company: "Contoso Retail", jobs: 4 }],
  },
  skillRecommendations: [{ skill: "dbt", jobs: 5 }, { skill: "Snowflake", jobs: 3 }],
  links: { webView: `${APP}/digests/1`, preferences: `${APP}/settings`, unsubscribe: `${APP}/unsubscribe?token=preview`, matches: `${APP}/matches` },
  openPixelUrl: null,
} satisfies DailyDigestEmailProps;
