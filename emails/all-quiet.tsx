import { Heading, Link, Text } from "@react-email/components";
import { EmailShell } from "./components/email-shell";
import { EmailFooter, type FooterLinks } from "./components/footer";
import { colors } from "./components/theme";

export type AllQuietEmailProps = { firstName: string | null; minScore: number; links: FooterLinks & { matches: string } };

/** The weekly note instead of silence: nothing new cleared the student's threshold this week. */
export default function AllQuietEmail({ firstName, minScore, links }: AllQuietEmailProps) {
  return (
    <EmailShell preview="No new matches this week — here's what you can do.">
      <Heading as="h1" className="jm-ink" style={{ margin: "0 4px 8px", fontSize: 22, color: colors.ink }}>
        All quiet this week
      </Heading>
      <Text className="jm-ink" style={{ margin: "0 4px 12px", fontSize: 15, lineHeight: "23px", color: colors.ink }}>
        {firstName ? `Hi ${firstName}, no` : "No"} new job cleared your {minScore}% match threshold this week. We check new postings every hour and
        will write as soon as one does.
      </Text>
      <Text className="jm-ink" style={{ margin: "0 4px 12px", fontSize: 15, lineHeight: "23px", color: colors.ink }}>
        Want more matches? Lower your minimum score in{" "}
        <Link className="jm-link" href={links.preferences} style={{ color: colors.accent }}>
          your preferences
        </Link>
        , or browse{" "}
        <Link className="jm-link" href={links.matches} style={{ color: colors.accent }}>
          all your matches
        </Link>
        .
      </Text>
      <EmailFooter links={links} reason="You get this note once a week when there is nothing new, so you know JobMatch is still looking." />
    </EmailShell>
  );
}

AllQuietEmail.PreviewProps = {
  firstName: "Maya",
  minScore: 60,
  links: {
    webView: "http://localhost:3000/digests",
    preferences: "http://localhost:3000/settings",
    unsubscribe: "http://localhost:3000/unsubscribe?token=preview",
    matches: "http://localhost:3000/matches",
  },
} satisfies AllQuietEmailProps;
