import { Hr, Link, Text } from "@react-email/components";
import { colors } from "./theme";

export type FooterLinks = { webView: string; preferences: string; unsubscribe: string };

/** Web view, preferences and unsubscribe, on every email. */
export function EmailFooter({ links, reason }: { links: FooterLinks; reason: string }) {
  const a = { color: colors.muted, textDecoration: "underline" } as const;
  return (
    <>
      <Hr style={{ borderColor: colors.line, margin: "20px 0 12px" }} />
      <Text className="jm-muted" style={{ fontSize: 12, color: colors.muted, lineHeight: "18px", margin: 0, textAlign: "center" }}>
        {reason}
        <br />
        <Link className="jm-link" href={links.webView} style={a}>
          View in browser
        </Link>
        {" · "}
        <Link className="jm-link" href={links.preferences} style={a}>
          Email preferences
        </Link>
        {" · "}
        <Link className="jm-link" href={links.unsubscribe} style={a}>
          Unsubscribe
        </Link>
      </Text>
    </>
  );
}
