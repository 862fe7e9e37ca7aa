import { Body, Container, Head, Html, Img, Preview } from "@react-email/components";
import type { ReactNode } from "react";
import { colors, darkModeCss, fontFamily } from "./theme";

type EmailShellProps = { preview: string; children: ReactNode; openPixelUrl?: string | null };

/** The page every JobMatch email sits in: colour-scheme meta, dark-mode CSS, a 600 px single column. */
export function EmailShell({ preview, children, openPixelUrl }: EmailShellProps) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{darkModeCss}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body className="jm-page" style={{ backgroundColor: colors.page, margin: 0, padding: "24px 0", fontFamily }}>
        <Container className="jm-container" style={{ maxWidth: 600, width: "100%", margin: "0 auto" }}>
          {children}
        </Container>
        {openPixelUrl ? <Img src={openPixelUrl} width="1" height="1" alt="" style={{ display: "block", width: 1, height: 1, border: 0 }} /> : null}
      </Body>
    </Html>
  );
}
